package org.consulta.kernel;

/**
 * Counts the SQL statements EclipseLink executes on the current thread (told by {@link PersistenceEvents}),
 * which lets tests show that a page's statement count does not grow with the data
 * (the N+1 queries that make peer platforms slow).
 */
public final class SqlStatementCounter {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    private SqlStatementCounter() {
    }

    static void counted() {
        COUNT.get()[0]++;
    }

    /** Starts counting anew on this thread. */
    public static void reset() {
        COUNT.get()[0] = 0;
    }

    /** Statements executed on this thread since the last {@link #reset()}. */
    public static int count() {
        return COUNT.get()[0];
    }
}
