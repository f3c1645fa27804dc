package nl.kring.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL run of the integration tests ({@code -Dkring.test.database=postgresql}), skips every test with a
 * visible notice when no PostgreSQL server answers — or fails them when running in CI (environment variable
 * {@code CI}), where {@code .ci/run} must have started one. On the first test it also removes the schemas earlier
 * runs left behind. Registered for every test through JUnit's extension auto-detection.
 */
public class PostgresqlAvailable implements ExecutionCondition {

    static final String HOW_TO_START = """
            To run the integration tests on PostgreSQL too, start Debian's server and create the test database:
                sudo apt-get install -y postgresql && sudo pg_ctlcluster 15 main start
                sudo -u postgres psql -c "create role kring login password 'kring'" -c "create database kring_test owner kring"
            (or point -Dkring.test.postgresql.url/-user/-password at another server). See docs/operations.md.""";

    private static volatile String problem;
    private static volatile boolean checked;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabase.postgresql()) {
            return ConditionEvaluationResult.enabled("tests run on H2");
        }
        check();
        if (problem == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + TestDatabase.serverUrl());
        }
        if (System.getenv("CI") != null) {
            throw new IllegalStateException("CI must run the integration tests on PostgreSQL, but " + problem);
        }
        return ConditionEvaluationResult.disabled("SKIPPED on PostgreSQL: " + problem + " (ran on H2 already)");
    }

    private static synchronized void check() {
        if (checked) {
            return;
        }
        checked = true;
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            List<String> old = new ArrayList<>();
            try (ResultSet schemas = statement.executeQuery(
                    "select schema_name from information_schema.schemata where schema_name like 'it\\_%'")) {
                while (schemas.next()) {
                    old.add(schemas.getString(1));
                }
            }
            for (String schema : old) {
                statement.execute("drop schema " + schema + " cascade");
            }
        } catch (SQLException e) {
            problem = "no PostgreSQL answers at " + TestDatabase.serverUrl() + " (" + e.getMessage() + ")";
            System.err.println("""

                    ==================================================================================
                     NOTICE: %s.
                     The integration tests' PostgreSQL run is skipped.
                    %s
                    ==================================================================================
                    """.formatted(problem, HOW_TO_START.indent(1)));
        }
    }
}
