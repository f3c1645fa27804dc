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

/** A real Kring for browser tests: demo profile, H2 file database in {@code dataDir}, the bundled course jars. */
final class KringServer implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private ConfigurableApplicationContext context;

    KringServer(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    KringServer start(String... extraArguments) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port, "--kring.data-dir=" + dataDir,
                "--kring.plugins.bundled-dir=" + TestPlugins.coursePlugins()));
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

    String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    @Override
    public void close() {
        stop();
    }
}
