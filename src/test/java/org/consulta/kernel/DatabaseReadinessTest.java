package org.consulta.kernel;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The readiness check against real data sources: one that answers and two that cannot; and before start-up ends. */
class DatabaseReadinessTest {

    @org.junit.jupiter.api.BeforeEach
    void started() {
        Started.seeded();
        Started.web();
    }

    @Test
    void downUntilTheApplicationHasStarted() {
        Started.stopping();
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:readiness");
        assertEquals(HealthCheckResponse.Status.DOWN, new DatabaseReadiness(h2).call().getStatus());
    }

    @Test
    void upWhenTheDatabaseAnswers() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:readiness");
        assertEquals(HealthCheckResponse.Status.UP, new DatabaseReadiness(h2).call().getStatus());
    }

    @Test
    void downWhenNoServerListens() {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setServerNames(new String[]{"127.0.0.1"});
        nowhere.setPortNumbers(new int[]{1});
        nowhere.setDatabaseName("none");
        nowhere.setConnectTimeout(2);
        assertEquals(HealthCheckResponse.Status.DOWN, new DatabaseReadiness(nowhere).call().getStatus());
    }

    @Test
    void downWhenTheDatabaseFileIsGone() {
        JdbcDataSource missing = new JdbcDataSource();
        missing.setURL("jdbc:h2:file:./target/no-such-dir/none;IFEXISTS=TRUE");
        assertEquals(HealthCheckResponse.Status.DOWN, new DatabaseReadiness(missing).call().getStatus());
    }
}
