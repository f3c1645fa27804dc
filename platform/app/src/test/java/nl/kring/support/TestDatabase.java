package nl.kring.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The database a test's Kring uses: a fresh in-memory H2 database by default, or — when the build runs the
 * integration tests a second time with {@code -Dkring.test.database=postgresql} — a fresh schema in a real
 * PostgreSQL server, so every test context starts empty on both.
 *
 * <p>The server is {@code kring.test.postgresql.url} (default {@code jdbc:postgresql://127.0.0.1:5432/kring_test}),
 * user {@code kring.test.postgresql.user} / password {@code kring.test.postgresql.password} (both {@code kring}).
 * {@code .ci/run} starts Debian's PostgreSQL and creates them; locally, {@link PostgresqlAvailable} skips the
 * PostgreSQL run with a notice that says how to start one.
 */
public final class TestDatabase {

    public static final String SELECT = "kring.test.database";

    private TestDatabase() {
    }

    /** Whether this test run is the PostgreSQL one. */
    public static boolean postgresql() {
        return "postgresql".equalsIgnoreCase(System.getProperty(SELECT, "h2"));
    }

    /** The JDBC address of a new, empty database (H2) or schema (PostgreSQL). */
    public static String fresh() {
        return postgresql() ? freshSchema() : "jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    /** The JDBC address of a new, empty schema in the PostgreSQL server, whichever database this run selects. */
    public static String freshSchema() {
        String schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a schema in PostgreSQL at " + serverUrl() + ": " + e.getMessage(), e);
        }
        return serverUrl() + (serverUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** The user for {@code spring.datasource.username}. */
    public static String user() {
        return postgresql() ? postgresqlUser() : "kring";
    }

    /** The password for {@code spring.datasource.password}. */
    public static String password() {
        return postgresql() ? postgresqlPassword() : "";
    }

    /** Spring Boot arguments that point a Kring started in a test at {@code url}, a PostgreSQL schema. */
    public static String[] arguments(String url) {
        return new String[] {"--spring.datasource.url=" + url, "--spring.datasource.username=" + postgresqlUser(),
            "--spring.datasource.password=" + postgresqlPassword()};
    }

    private static String postgresqlUser() {
        return System.getProperty("kring.test.postgresql.user", "kring");
    }

    private static String postgresqlPassword() {
        return System.getProperty("kring.test.postgresql.password", "kring");
    }

    /**
     * Connection pool settings for tests: Spring keeps up to 32 test contexts alive, and PostgreSQL allows 100
     * connections by default, so each context holds few and closes idle ones.
     */
    public static java.util.Map<String, String> smallPool() {
        return java.util.Map.of("spring.datasource.hikari.maximum-pool-size", "4", "spring.datasource.hikari.minimum-idle", "0",
                "spring.datasource.hikari.idle-timeout", "10000");
    }

    static String serverUrl() {
        return System.getProperty("kring.test.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/kring_test");
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(serverUrl(), postgresqlUser(), postgresqlPassword());
    }

}
