package org.consulta.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Direct access to the database the deployed platform uses (H2 in server mode, or CI's
 * PostgreSQL), for arranging what no page offers yet and for moving time forward.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /**
     * A connection whose closing also moves the content stamp, as every write of the platform does: what
     * a test arranged here is on the next anonymous page, not hidden by a page kept from before.
     */
    /**
     * The database of a platform the test started itself (the cluster of {@code ClusterIT}), instead of
     * the deployed WAR's; null for the latter. Integration tests run one after another.
     */
    public static volatile String[] elsewhere; // {url, user, password}

    public static Connection connect() throws SQLException {
        String[] other = elsewhere;
        Connection connection = other != null ? DriverManager.getConnection(other[0], other[1], other[2])
                : DriverManager.getConnection(System.getenv("CONSULTA_DB_URL"),
                env("CONSULTA_DB_USER", "consulta"), env("CONSULTA_DB_PASSWORD", "consulta"));
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(TestDatabase.class.getClassLoader(),
                new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && !connection.isClosed()) {
                        try (var bump = connection.createStatement()) {
                            bump.executeUpdate("UPDATE content_stamp SET stamp = stamp + 1 WHERE id = 1");
                        }
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Makes every mailed link of the account look issued long ago. */
    public static void expireTokens(String email) throws SQLException {
        try (Connection c = connect(); PreparedStatement update = c.prepareStatement(
                "UPDATE account_token SET expires_at = ? WHERE account_id = (SELECT id FROM account WHERE email = ?)")) {
            update.setObject(1, java.time.OffsetDateTime.now().minusDays(3));
            update.setString(2, email);
            update.executeUpdate();
        }
    }

    /** Grants a role in a repository, as a platform administrator will from the back office. */
    public static void grant(String email, String repositorySlug, String role) throws SQLException {
        grant(email, repositorySlug, role, null, null);
    }

    /** The same with the constituency and organisation of a forum member. */
    public static void grant(String email, String repositorySlug, String role, String constituency, String organisation)
            throws SQLException {
        try (Connection c = connect(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO role_grant (id, version, created_at, repository_id, account_id, role, constituency, organisation) "
                        + "SELECT ?, 1, CURRENT_TIMESTAMP, r.id, a.id, ?, ?, ? FROM repository r, account a "
                        + "WHERE r.slug = ? AND a.email = ?")) {
            // far above the sequence's range, so it never collides with ids the platform allocates
            insert.setLong(1, 1_500_000_000L + (long) (Math.random() * 600_000_000L));
            insert.setString(2, role);
            insert.setString(3, constituency);
            insert.setString(4, organisation);
            insert.setString(5, repositorySlug);
            insert.setString(6, email);
            if (insert.executeUpdate() != 1) {
                throw new SQLException("no such account or repository: " + email + " " + repositorySlug);
            }
        }
    }

    /**
     * A new contribution in a repository, as a participant writing while someone pages through the API
     * would add: a copy of its first public top-level comment with a new id and text. Returns the id.
     */
    public static long copyComment(String repositorySlug, String body) throws SQLException {
        long id = 2_050_000_000L + (long) (Math.random() * 40_000_000L);
        try (Connection c = connect(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO comment (id, version, created_at, repository_id, consultation_id, commitment_id, version_number, "
                        + "section_key, quote, body, alignment, language, author_id, parent_id, root_id, depth, edited_at, withdrawn, "
                        + "up_votes, down_votes, visibility, open_flags) SELECT ?, 1, CURRENT_TIMESTAMP, repository_id, consultation_id, "
                        + "commitment_id, version_number, NULL, NULL, ?, alignment, language, author_id, NULL, NULL, 1, NULL, FALSE, 0, 0, "
                        + "'PUBLISHED', 0 FROM comment WHERE id = (SELECT MIN(id) FROM comment WHERE parent_id IS NULL "
                        + "AND visibility = 'PUBLISHED' AND repository_id = (SELECT id FROM repository WHERE slug = ?))")) {
            insert.setLong(1, id);
            insert.setString(2, body);
            insert.setString(3, repositorySlug);
            if (insert.executeUpdate() != 1) {
                throw new SQLException("no public comment to copy in " + repositorySlug);
            }
        }
        return id;
    }

    /** Removes a row {@link #copyComment} added, so that the shared test database is left as other tests expect it. */
    public static void deleteComment(long id) throws SQLException {
        try (Connection c = connect(); PreparedStatement delete = c.prepareStatement("DELETE FROM comment WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    /** A repository of the tests' own, so that changing it disturbs no other test. */
    public static void createRepository(String slug, String language, String name) throws SQLException {
        createRepository(slug, java.util.List.of(language), name);
    }

    /** The same with several languages, the first one being the default. */
    public static void createRepository(String slug, java.util.List<String> languages, String name) throws SQLException {
        String language = languages.get(0);
        try (Connection c = connect(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO repository (id, version, created_at, slug, kind, languages, default_language, name, "
                        + "description, active) VALUES (?, 1, CURRENT_TIMESTAMP, ?, 'LOCAL', ?, ?, ?, ?, TRUE)")) {
            insert.setLong(1, 1_500_000_000L + (long) (Math.random() * 600_000_000L));
            insert.setString(2, slug);
            insert.setString(3, String.join(",", languages));
            insert.setString(4, language);
            insert.setString(5, "{\"" + language + "\":{\"t\":\"" + name + "\",\"s\":\"ORIGINAL\"}}");
            insert.setString(6, "{}");
            insert.executeUpdate();
        }
    }

    /**
     * An account as the platform creates it for someone (like the bootstrap administrator): confirmed,
     * with a one-time password that must be changed. The hash is in Jakarta Security's PBKDF2 format.
     */
    public static void createAccountWithOneTimePassword(String email, String name, String password) throws Exception {
        createAccount(email, name, password, true, "en");
    }

    /** A confirmed account with a password of the test's choosing, ready to sign in. */
    public static void createAccount(String email, String name, String password, boolean mustChange, String language)
            throws Exception {
        byte[] salt = new byte[32];
        new java.security.SecureRandom().nextBytes(salt);
        int iterations = 1000;
        byte[] hash = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(
                new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        java.util.Base64.Encoder b64 = java.util.Base64.getEncoder();
        try (Connection c = connect(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO account (id, version, created_at, email, display_name, password_hash, must_change_password, "
                        + "platform_admin, language, confirmed_at, failed_logins) "
                        + "VALUES (?, 1, CURRENT_TIMESTAMP, ?, ?, ?, ?, FALSE, ?, CURRENT_TIMESTAMP, 0)")) {
            insert.setLong(1, 1_500_000_000L + (long) (Math.random() * 600_000_000L));
            insert.setString(2, email);
            insert.setString(3, name);
            insert.setString(4, "PBKDF2WithHmacSHA256:" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash));
            insert.setBoolean(5, mustChange);
            insert.setString(6, language);
            insert.executeUpdate();
        }
    }

    /** Makes the account a platform administrator, as the bootstrap one is. */
    public static void makePlatformAdmin(String email) throws SQLException {
        try (Connection c = connect(); PreparedStatement update = c.prepareStatement(
                "UPDATE account SET platform_admin = TRUE WHERE email = ?")) {
            update.setString(1, email);
            update.executeUpdate();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
