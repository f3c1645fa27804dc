package nl.kring.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.kring.KringApplication;
import nl.kring.support.TestDatabase;
import nl.kring.support.TestPlugins;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Kring with the bundled courses installed, on H2 (file mode in a temporary folder, as it runs by default) or
 * PostgreSQL, with a large
 * organisation written by {@link OrganisationData}; for the benchmarks that need the whole application.
 */
final class BenchmarkKring implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final OrganisationData.Team firstTeam;

    private BenchmarkKring(ConfigurableApplicationContext context, OrganisationData.Team firstTeam) {
        this.context = context;
        this.firstTeam = firstTeam;
    }

    /**
     * @param database {@code h2} (file mode, as Kring runs by default) or {@code postgresql} (a fresh schema in the
     *                 server {@link TestDatabase} names: by default 127.0.0.1:5432, database kring_test, user kring)
     */
    static BenchmarkKring start(String database, int learners, int teamSize, int competences, int evidencePerLearner)
            throws IOException {
        Path data = Files.createTempDirectory("kring-bench-");
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--kring.data-dir=" + data,
                "--kring.plugins.bundled-dir=" + TestPlugins.coursePlugins(), "--logging.level.root=WARN"));
        switch (database) {
            case "h2" -> { }
            case "postgresql" -> arguments.addAll(List.of(TestDatabase.arguments(TestDatabase.freshSchema())));
            default -> throw new IllegalArgumentException("no database " + database + ": h2 or postgresql");
        }
        ConfigurableApplicationContext kring = new SpringApplicationBuilder(KringApplication.class)
                .run(arguments.toArray(String[]::new));
        OrganisationData.Team team = new OrganisationData(kring.getBean(JdbcTemplate.class), 20_261_122L)
                .write(learners, teamSize, competences, evidencePerLearner);
        return new BenchmarkKring(kring, team);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    OrganisationData.Team firstTeam() {
        return firstTeam;
    }

    /** Signs in on this thread, as the views' calls run. */
    void signIn(String username) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user, null, user.getAuthorities()));
    }

    @Override
    public void close() {
        SecurityContextHolder.clearContext();
        context.close();
    }
}
