package org.consulta.kernel;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * A number in the database that every committed write changes, in the write's own transaction (see
 * {@link PersistenceEvents}). What was rendered under one value may be served again while the value
 * holds: read before rendering, it can never be newer than the data the rendering reads, on this
 * instance or any other of a cluster over the same database.
 */
@ApplicationScoped
public class ContentStamp {

    static final String BUMP = "UPDATE content_stamp SET stamp = stamp + 1 WHERE id = 1";

    @Resource(lookup = Database.JNDI)
    private DataSource dataSource;

    /** The current value; empty when the database cannot be read (the caller renders, and fails, as usual). */
    public OptionalLong current() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement read = connection.prepareStatement("SELECT stamp FROM content_stamp WHERE id = 1");
             ResultSet row = read.executeQuery()) {
            return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
        } catch (SQLException unreachable) {
            return OptionalLong.empty();
        }
    }
}
