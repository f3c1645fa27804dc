package nl.kring.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.kring.KringApplication;
import nl.kring.support.TestPlugins;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Kring as it runs by default (H2 in file mode in a temporary folder, the bundled courses installed), with a large
 * organisation written by {@link OrganisationData}; for the benchmarks that need the whole application.
 */
final class BenchmarkKring implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final OrganisationData.Team firstTeam;

    private BenchmarkKring(ConfigurableApplicationContext context, OrganisationData.Team firstTeam) {
        this.context = context;
        this.firstTeam = firstTeam;
    }

    static BenchmarkKring start(int learners, int teamSize, int competences, int evidencePerLearner) throws IOException {
        Path data = Files.createTempDirectory("kring-bench-");
        ConfigurableApplicationContext kring = new SpringApplicationBuilder(KringApplication.class).run("--server.port=0",
                "--kring.data-dir=" + data, "--kring.plugins.bundled-dir=" + TestPlugins.coursePlugins(),
                "--logging.level.root=WARN");
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
