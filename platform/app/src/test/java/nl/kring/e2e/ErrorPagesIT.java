package nl.kring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Errors tell a visitor what went wrong and nothing about the machine (ASVS V7.4.1, V14.3.2, V14.3.3): no stack
 * traces, no exception names, no server or framework names and versions — for a page that does not exist, a file that
 * does not exist, a malformed request and a request the server refuses, signed in or not.
 */
class ErrorPagesIT {

    private static final Pattern LEAKS = Pattern.compile(
            "(?i)(exception|\\bat (org|nl|java|com)\\.|stack ?trace|tomcat|apache|spring|whitelabel|jetty|undertow|vaadin flow \\d|"
                    + "java/\\d|openjdk|\\b\\d+\\.\\d+\\.\\d+\\b)");

    private static final Pattern DEV_MODE_ONLY = Pattern.compile("window\\.Vaadin\\.registrations\\.push\\([^;]*\\);");

    @TempDir
    Path dataDir;

    @Test
    void errorPagesShowNoStackTracesNamesOrVersions() throws Exception {
        try (KringServer kring = new KringServer(dataDir).start()) {
            WebClient signedIn = new WebClient(kring);
            signedIn.signIn("daan", "kring-oefenen");
            for (String path : List.of("no-such-page", "course-media/no-such-course/1.0.0/x.png", "diagram/x/1/y/nl/0.svg",
                    "error", "actuator/env", "actuator/heapdump", "VAADIN/no-such-file.js", "images/../../etc/passwd", ".git/config",
                    "WEB-INF/web.xml", "META-INF/MANIFEST.MF", "application.properties", "images/", "VAADIN/")) {
                for (var response : List.of(kring.get(path), signedIn.get(path))) {
                    if (!path.equals("error")) {
                        assertThat(response.statusCode()).as(path).isNotEqualTo(500);
                    }
                    assertThat(leak(response.body())).as("the answer to /" + path + " (" + response.statusCode() + ")").isEmpty();
                    assertThat(response.headers().firstValue("Server")).as(path).isEmpty();
                    assertThat(response.body()).as("no file or folder listing for /" + path).doesNotContain("spring.datasource")
                            .doesNotContain("Manifest-Version").doesNotContain("[core]").doesNotContainIgnoringCase("index of /");
                    assertThat(response.headers().firstValue("X-Powered-By")).as(path).isEmpty();
                }
            }
            for (String request : List.of("GET /%zz HTTP/1.1", "GET /login?x=%ZZ HTTP/1.1", "BREW /login HTTP/1.1", "GET / HTTP/9.9")) {
                String answer = raw(kring, request);
                assertThat(answer).as(request).isNotBlank();
                assertThat(leak(answer.substring(Math.max(0, answer.indexOf("\r\n\r\n"))))).as("the body answering " + request).isEmpty();
                assertThat(answer.lines().takeWhile(l -> !l.isEmpty()).filter(l -> l.toLowerCase().startsWith("server:"))).as(request).isEmpty();
            }
        }
    }

    /**
     * What would tell an attacker about the machine. The test server runs Vaadin in development mode, whose start page
     * carries Vaadin's usage-statistics registrations (framework names and versions); Vaadin writes those only outside
     * production mode (IndexHtmlRequestHandler), and Kring is deployed as a production build (docs/operations.md), so
     * they are left out here.
     */
    private static java.util.Optional<String> leak(String answer) {
        String body = answer == null ? "" : DEV_MODE_ONLY.matcher(answer).replaceAll("");
        var matcher = LEAKS.matcher(body);
        return matcher.find() ? java.util.Optional.of("'" + matcher.group() + "' in: "
                + body.substring(Math.max(0, matcher.start() - 80), Math.min(body.length(), matcher.end() + 80))) : java.util.Optional.empty();
    }

    /** A request as a misbehaving client sends it, bytes on a socket (a normal HTTP client refuses to send these). */
    private static String raw(KringServer kring, String requestLine) throws IOException {
        int port = java.net.URI.create(kring.baseUrl()).getPort();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
