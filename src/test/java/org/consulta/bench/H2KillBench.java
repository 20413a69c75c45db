package org.consulta.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Does H2 lose acknowledged commits when its process is killed with {@code kill -9}?
 * {@code write URL}: inserts rows in autocommit and prints the count of acknowledged commits after
 * each one, until killed. {@code count URL}: prints how many rows survived.
 * Driven by {@code .ci/h2-kill-bench.sh}, which does the killing and the arithmetic.
 */
public final class H2KillBench {

    private H2KillBench() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        try (Connection connection = DriverManager.getConnection(args[1], "sa", "")) {
            if (mode.equals("write")) {
                write(connection);
            } else {
                try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM bench")) {
                    rows.next();
                    System.out.println(rows.getLong(1));
                }
            }
        }
    }

    private static void write(Connection connection) throws Exception {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench (id BIGINT PRIMARY KEY, body VARCHAR(200))");
        }
        connection.setAutoCommit(true);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench VALUES (?, ?)")) {
            for (long i = 1; ; i++) {
                insert.setLong(1, i);
                insert.setString(2, "acknowledged commit " + i);
                insert.executeUpdate();
                System.out.println(i);
            }
        }
    }
}
