package nl.kring.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.kring.KringApplication;
import nl.kring.support.TestPlugins;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real Kring for browser tests: demo profile, the H2 file database in {@code dataDir} (or, in the PostgreSQL run, a
 * schema of its own that a restart keeps), the bundled course jars.
 */
final class KringServer implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private final String database;
    private ConfigurableApplicationContext context;

    KringServer(Path dataDir) throws IOException {
        this(dataDir, nl.kring.support.TestDatabase.postgresql() ? nl.kring.support.TestDatabase.fresh() : null);
    }

    /** A node on a PostgreSQL schema it may share with other nodes ({@code null}: H2 in {@code dataDir}). */
    KringServer(Path dataDir, String database) throws IOException {
        this.dataDir = dataDir;
        this.database = database;
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    KringServer start(String... extraArguments) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port, "--kring.data-dir=" + dataDir,
                "--kring.plugins.bundled-dir=" + TestPlugins.coursePlugins()));
        if (database != null) {
            arguments.addAll(List.of(nl.kring.support.TestDatabase.arguments(database)));
        }
        arguments.addAll(List.of(extraArguments));
        context = new SpringApplicationBuilder(KringApplication.class).profiles("demo").run(arguments.toArray(String[]::new));
        return this;
    }

    /** Stops Kring as a restart would; {@link #start()} brings it back on the same port and data. */
    void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /** A bean of the running node, by name. */
    <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    /** A bean of the running node. */
    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Runs {@code work} on this node as {@code username}, as a request of theirs would. */
    <T> T as(String username, java.util.function.Supplier<T> work) {
        var user = context.getBean(org.springframework.security.core.userdetails.UserDetailsService.class).loadUserByUsername(username);
        var signedIn = new org.springframework.security.core.context.SecurityContextImpl(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(user, null,
                        user.getAuthorities()));
        var strategy = context.getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                .getIfAvailable(org.springframework.security.core.context.SecurityContextHolder::getContextHolderStrategy);
        org.springframework.security.core.context.SecurityContextHolder.setContext(signedIn);
        strategy.setContext(signedIn);
        try {
            return work.get();
        } finally {
            strategy.clearContext();
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    /** A plain GET of {@code path} (relative to {@link #baseUrl()}), redirects not followed, as a load balancer asks. */
    java.net.http.HttpResponse<String> get(String path) throws IOException, InterruptedException {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + path)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        stop();
    }
}
