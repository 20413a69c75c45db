package org.consulta.kernel;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Applies the versioned migrations in {@code db/migration} before anything touches the database.
 * The same SQL files serve H2 and PostgreSQL, with a placeholder for the binary type and, under
 * {@code db/vendor}, what only one of them has (PostgreSQL's full-text indexes); EclipseLink never
 * generates schema.
 */
@Startup
@Singleton
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = Database.JNDI)
    private DataSource dataSource;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        String vendor = Database.isPostgreSql(dataSource) ? "postgresql" : "h2";
        MigrateResult result = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .placeholders(java.util.Map.of("binary", vendor.equals("postgresql") ? "BYTEA" : "BLOB"))
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
