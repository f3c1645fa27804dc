package nl.kring.e2e;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser without JavaScript: keeps its cookies, signs in through the form as the login page does, follows nothing. */
final class WebClient {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private final KringServer kring;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    WebClient(KringServer kring) {
        this.kring = kring;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Posts the sign-in form; returns where Kring sends the browser next (e.g. {@code /login?error}, {@code /}). */
    String signIn(String username, String password) throws IOException, InterruptedException {
        return postForm("login", "username=" + encode(username) + "&password=" + encode(password));
    }

    /** Signs out as the sign-out button does (a POST to /logout with the page's CSRF token); returns where it leads. */
    String signOut() throws IOException, InterruptedException {
        return postForm("logout", "");
    }

    /** The session cookie's value now ("" before there is a session). */
    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse("");
    }

    /** Posts a form with the CSRF token of the sign-in page, as the browser does; returns where Kring sends it next. */
    private String postForm(String path, String fields) throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(get("login").body());
        if (!csrf.find()) {
            throw new IllegalStateException("the sign-in page has no CSRF token");
        }
        String form = (fields.isEmpty() ? "" : fields + "&") + "_csrf=" + encode(csrf.group(1));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(kring.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        URI next = URI.create(response.headers().firstValue("Location").orElse(""));
        return next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
    }

    /** True when a page that needs sign-in is served (not a redirect to the sign-in page). */
    boolean signedIn() throws IOException, InterruptedException {
        return get("my-learning").statusCode() == 200;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(kring.baseUrl() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
