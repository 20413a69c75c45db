package org.consulta.kernel;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one data source. Every attribute is read from MicroProfile Config, so the same
 * WAR runs on embedded H2 (the defaults in {@code microprofile-config.properties}) or on PostgreSQL
 * (environment variables {@code CONSULTA_DB_*}).
 */
@DataSourceDefinition(
        name = Database.JNDI,
        className = "${MPCONFIG=consulta.db.datasource}",
        url = "${MPCONFIG=consulta.db.url}",
        user = "${MPCONFIG=consulta.db.user}",
        password = "${MPCONFIG=consulta.db.password}",
        minPoolSize = 1,
        maxPoolSize = 32,
        properties = {
                // a database that restarted leaves the pool's connections dead: each is checked (JDBC 4's
                // isValid) before it is handed out, at most every 2 s, and on one failure all are renewed
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.validate-atmost-once-period-in-seconds=2",
                "fish.payara.fail-all-connections=true",
                "fish.payara.connection-creation-retry-attempts=0"})
@ApplicationScoped
public class Database {

    public static final String JNDI = "java:app/jdbc/consulta";

    /** Which engine the data source reaches: PostgreSQL in production, H2 otherwise. */
    /**
     * The row lock that serialises writers of one parent row without blocking the foreign-key checks of
     * rows inserted under it (PostgreSQL's {@code FOR UPDATE} would, and writers that insert first and lock
     * after would deadlock); H2 has only {@code FOR UPDATE}.
     */
    public static String parentRowLock(javax.sql.DataSource dataSource) {
        return isPostgreSql(dataSource) ? "FOR NO KEY UPDATE" : "FOR UPDATE";
    }

    public static boolean isPostgreSql(javax.sql.DataSource dataSource) {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("database unreachable", e);
        }
    }
}
