package nl.kring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every response tells a browser about itself (issue 12, ASVS V14.4 and V3.4): no sniffing of content types, no
 * framing by other sites, no referrer to other sites; the session cookie out of reach of scripts and not sent along
 * with requests from other sites; no server name or version.
 */
class SecurityHeadersIT {

    @TempDir
    Path dataDir;

    @Test
    void responsesCarryTheSecurityHeadersAndTheSessionCookieItsFlags() throws Exception {
        try (KringServer kring = new KringServer(dataDir).start()) {
            HttpResponse<String> login = kring.get("login");
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(login.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
            assertThat(login.headers().firstValue("Server")).as("no server name or version").isEmpty();
            List<String> cookies = login.headers().allValues("Set-Cookie");
            assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement().satisfies(cookie -> {
                assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
                assertThat(cookie).as("plain http here; Secure behind TLS, see docs").doesNotContainIgnoringCase("Secure");
            });
        }
    }
}
