package org.consulta.kernel;

/**
 * Whether this instance has finished starting: the database migrated and seeded (by the first start)
 * and the web application initialised. Until both, readiness is DOWN, so a balancer sends no one here.
 */
public final class Started {

    private static volatile boolean seeded;
    private static volatile boolean web;

    private Started() {
    }

    /** Told by the first-start seed (the demo layer) once the database is ready for people. */
    public static void seeded() {
        seeded = true;
    }

    /** Told by the web layer once its context is initialised. */
    public static void web() {
        web = true;
    }

    /** The web layer is going away (undeploy, shutdown): no longer ready. */
    public static void stopping() {
        web = false;
    }

    static boolean isComplete() {
        return seeded && web;
    }
}
