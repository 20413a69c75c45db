package org.consulta.kernel;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Ready only once this instance has started ({@link Started}) and while the database answers: a load
 * balancer should not send users to an instance that cannot serve them.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = Database.JNDI)
    private DataSource dataSource;

    public DatabaseReadiness() {
    }

    /** For checking the check against a data source of one's choice. */
    public DatabaseReadiness(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        if (!Started.isComplete()) {
            return new HealthCheckResponse("started", HealthCheckResponse.Status.DOWN, Optional.empty());
        }
        boolean up;
        try (Connection connection = dataSource.getConnection()) {
            up = connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException unreachable) {
            up = false;
        }
        // The constructor, not the builder: the builder needs the runtime's provider, the check does not.
        return new HealthCheckResponse("database", up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                Optional.empty());
    }
}
