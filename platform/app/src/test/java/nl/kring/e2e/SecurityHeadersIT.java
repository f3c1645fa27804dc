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
            assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'")
                    .doesNotContain("*"));
            assertThat(login.headers().firstValue("Strict-Transport-Security")).as("plain http: no HSTS").isEmpty();
            assertThat(login.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type.toLowerCase()).isEqualTo("text/html;charset=utf-8"));
            assertThat(login.body()).as("the session id never travels in a URL").doesNotContainIgnoringCase("jsessionid");
            List<String> cookies = login.headers().allValues("Set-Cookie");
            assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement().satisfies(cookie -> {
                assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
                assertThat(cookie).as("plain http here; Secure behind TLS, see docs").doesNotContainIgnoringCase("Secure");
            });
        }
    }

    @Test
    void signingInStartsANewSession() throws Exception {
        try (KringServer kring = new KringServer(dataDir).start()) {
            WebClient browser = new WebClient(kring);
            browser.get("login");
            String before = browser.sessionId();

            assertThat(browser.signIn("daan", "kring-oefenen")).isEqualTo("/");

            assertThat(before).as("a session id of at least 128 bits").matches("[0-9A-F]{32,}(\\..*)?");
            assertThat(browser.sessionId()).as("a new session id after sign-in (no session fixation)").isNotBlank().isNotEqualTo(before);
        }
    }

    @Test
    void behindATlsProxyTheCookieIsSecureAndHstsIsSent() throws Exception {
        try (KringServer kring = new KringServer(dataDir).start("--server.forward-headers-strategy=native",
                "--server.servlet.session.cookie.secure=true")) {
            java.net.http.HttpResponse<String> login = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(kring.baseUrl() + "login"))
                            .header("X-Forwarded-Proto", "https").GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());

            assertThat(login.headers().firstValue("Strict-Transport-Security")).as("the proxy said https")
                    .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
            assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement()
                    .satisfies(cookie -> assertThat(cookie).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly"));
        }
    }
}
