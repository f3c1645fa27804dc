package nl.kring.loadtest;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Learners who sign in, open the catalog and the course, read its lessons and answer quiz questions, with think
 * times — speaking Vaadin's protocol as the browser does: the init request gives the UI id, the CSRF token
 * ({@code Vaadin-Security-Key}) and the first sync id; every UIDL request then carries the token, the last sync id the
 * server sent and the client's own message counter; moving between pages is the {@code ui-navigate} event, and an
 * answer is the radio group's {@code value} property with its {@code value-changed} event, on the node the page's
 * UIDL response says the group has.
 *
 * <p>Settings (system properties): {@code kring.url} (default http://127.0.0.1:8080), {@code users} (500),
 * {@code rampSeconds} (120), {@code activeSeconds} (0: after the first pass through the course, how long a learner
 * goes on reading and looking at their progress), {@code thinkScale} (1.0: multiply the think times),
 * {@code password} (kring-oefenen). The
 * learners are {@code load-1 … load-N}: start Kring with the demo profile and {@code --kring.demo.load-learners=N}.
 */
public class LearnerSimulation extends Simulation {

    private static final String BASE = System.getProperty("kring.url", "http://127.0.0.1:8080");
    private static final int USERS = Integer.getInteger("users", 500);
    private static final int RAMP = Integer.getInteger("rampSeconds", 120);
    private static final int ACTIVE = Integer.getInteger("activeSeconds", 0);
    private static final double THINK = Double.parseDouble(System.getProperty("thinkScale", "1.0"));
    private static final String PASSWORD = System.getProperty("password", "kring-oefenen");
    private static final String COURSE = "/course/naasten-betrekken";
    private static final List<String> LESSONS = List.of("01-waarom-steun", "02-wat-naasten-doormaken", "03-wie-en-hoe",
            "04-naastengerichte-zorg");
    /** Single-choice and true/false questions of the course's test, answered with their first option. */
    private static final List<String> QUESTIONS = List.of("item-steun-tijdens-behandeling", "item-twee-tempos");

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptLanguageHeader("nl-NL,nl;q=0.9,en;q=0.8")
            .userAgentHeader("Kring load test (Gatling)")
            .disableCaching();

    /** A UIDL request with the session's token, sync id and client id; reads back the next sync id. */
    private static ChainBuilder uidl(String name, Function<Session, String> rpc, String mustContain) {
        return exec(http(name).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> "{\"csrfToken\":\"" + session.getString("csrfToken") + "\",\"rpc\":"
                        + rpc.apply(session) + ",\"syncId\":" + session.getString("syncId") + ",\"clientId\":"
                        + session.getInt("clientId") + "}"))
                .check(status().is(200))
                .check(regex("\"syncId\"\\s*:\\s*(\\d+)").saveAs("syncId"))
                .check(bodyString().saveAs("uidl"))
                .check(bodyString().transform(body -> body.contains("\"appError\"") || body.contains("sessionExpired")
                        || body.contains("unexpected-error")).is(false))
                .check(bodyString().transform(body -> mustContain == null || body.contains(mustContain)).is(true)))
                .exec(session -> session.set("clientId", session.getInt("clientId") + 1));
    }

    /** Moving to another page inside the app, as a click on a link does. */
    private static ChainBuilder navigate(String name, String route, String mustContain) {
        return uidl(name, session -> "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\""
                + route + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":1},\"trigger\":\"\"}}]", mustContain);
    }

    /** Choosing the first option of the session's {@code question}'s radio group on the quiz page just loaded. */
    private static ChainBuilder answer() {
        return exec(session -> session.set("group", Uidl.of(session.getString("quizPage"))
                        .inside(session.getString("question"), "vaadin-radio-group")))
                .doIf(session -> session.getInt("group") > 0).then(uidl("answer a question", session -> {
                    int group = session.getInt("group");
                    return "[{\"type\":\"mSync\",\"node\":" + group + ",\"feature\":1,\"property\":\"value\",\"value\":\"1\"},"
                            + "{\"type\":\"event\",\"node\":" + group + ",\"event\":\"value-changed\",\"data\":{}}]";
                }, null));
    }

    private static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000 * THINK));
    }

    private final ScenarioBuilder learners = scenario("Learner")
            .exec(session -> session.set("username", "load-" + ((session.userId() - 1) % USERS + 1)).set("clientId", 0))
            .exec(http("login page").get("/login").check(css("meta[name='_csrf']", "content").saveAs("formCsrf")))
            .exec(http("sign in").post("/login")
                    .formParam("username", "#{username}").formParam("password", PASSWORD).formParam("_csrf", "#{formCsrf}")
                    .check(status().is(200)).check(currentLocation().transform(l -> l.contains("error")).is(false)))
            .exec(http("open Kring (init)").get("/?v-r=init&location=&query=")
                    .check(jsonPath("$.appConfig['v-uiId']").saveAs("uiId"))
                    .check(jsonPath("$.appConfig.uidl['Vaadin-Security-Key']").saveAs("csrfToken"))
                    .check(jsonPath("$.appConfig.uidl.syncId").saveAs("syncId")))
            .exec(navigate("catalog", "/", "naasten"))
            .pause(seconds(3), seconds(8))
            .exec(navigate("course", COURSE, "naasten"))
            .pause(seconds(5), seconds(10))
            .foreach(LESSONS, "lesson").on(exec(navigate("lesson", COURSE + "/lesson/#{lesson}", null))
                    .pause(seconds(10), seconds(20)))
            .exec(navigate("quiz", COURSE + "/quiz/toets-basis", "item-steun-tijdens-behandeling"))
            .exec(session -> session.set("quizPage", session.getString("uidl")))
            .foreach(QUESTIONS, "question").on(exec(answer()).pause(seconds(5), seconds(12)))
            .exec(navigate("my learning", "/my-learning", null))
            .pause(seconds(5), seconds(10))
            // Then the learner goes on working until their session has lasted activeSeconds: back to the course,
            // a lesson again, and My learning, with the same think times. This keeps USERS learners active at once
            // when the ramp is no longer than activeSeconds, without signing everyone in at the same moment.
            .during(Duration.ofSeconds(ACTIVE)).on(exec(navigate("course", COURSE, "naasten"))
                    .pause(seconds(5), seconds(10))
                    .exec(session -> session.set("lesson", LESSONS.get(
                            ThreadLocalRandom.current().nextInt(LESSONS.size()))))
                    .exec(navigate("lesson", COURSE + "/lesson/#{lesson}", null))
                    .pause(seconds(10), seconds(20))
                    .exec(navigate("my learning", "/my-learning", null))
                    .pause(seconds(5), seconds(10)));

    {
        setUp(learners.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP)))).protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
