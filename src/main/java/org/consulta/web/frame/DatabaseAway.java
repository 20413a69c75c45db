package org.consulta.web.frame;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure caused by the database being unreachable (restarting, shutting down, refusing
 * connections) rather than by a fault of ours: SQL state class 08 (connection exception), 57P01–57P03
 * (PostgreSQL shutting down or starting), or the pool failing to hand out a connection.
 */
final class DatabaseAway {

    static final int RETRY_AFTER_SECONDS = 10;
    /** Set on the error request so the error page can say the service will be back shortly. */
    static final String ATTRIBUTE = "consulta.databaseAway";

    private DatabaseAway() {
    }

    static boolean explains(Object thrown) {
        int depth = 0;
        for (Throwable t = thrown instanceof Throwable e ? e : null; t != null && depth < 30; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof jakarta.resource.ResourceException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }
}
