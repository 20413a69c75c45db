package org.consulta.platform;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink executes on the current thread. Registered for the
 * persistence unit, it lets tests show that a page's statement count does not grow with the data
 * (the N+1 queries that make peer platforms slow).
 */
public class SqlStatementCounter extends SessionEventAdapter {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public void postExecuteCall(SessionEvent event) {
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
