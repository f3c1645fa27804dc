package nl.kring.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import nl.kring.plugin.InstallPlan;
import nl.kring.plugin.InstalledCourse;
import nl.kring.plugin.PluginHost;
import nl.kring.plugin.PluginLifecycle;
import nl.kring.support.TestDatabase;
import nl.kring.support.TestJars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Two Kring nodes on one PostgreSQL database, as behind a load balancer: a plugin upgraded, disabled or enabled on one
 * node takes effect on the other within seconds, and when a node stops, a learner signs in on the other and finds
 * their saved work.
 */
class TwoNodesIT {

    private static final String COURSE = "naasten-betrekken";
    private static final String QUIZ = "course/naasten-betrekken/quiz/toets-basis";
    private static final By FIRST_ITEM_RIGHT = By.xpath("//*[@id='item-steun-tijdens-behandeling']"
            + "//vaadin-radio-button[contains(., 'Steun gaat samen met duidelijk minder gebruik')]");
    private static final Duration WITHIN = Duration.ofSeconds(15);

    @TempDir
    Path nodeA;

    @TempDir
    Path nodeB;

    @Test
    void pluginChangesReachTheOtherNodeAndAStoppedNodeLosesNoWork() throws Exception {
        assumeTrue(TestDatabase.postgresql(), "two nodes share one PostgreSQL database: this test runs in the PostgreSQL run");
        String database = TestDatabase.freshSchema();
        try (KringServer a = new KringServer(nodeA, database).start("--kring.plugins.sync-interval=1s");
             KringServer b = new KringServer(nodeB, database).start("--kring.plugins.sync-interval=1s")) {

            try (Browser browser = new Browser(a.baseUrl(), "nl-NL")) {
                browser.signIn("daan", "kring-oefenen");
                browser.open(QUIZ);
                browser.click(FIRST_ITEM_RIGHT);
                browser.waitForText(By.id("quiz-saved"), "Antwoord bewaard.");
            }

            byte[] upgrade = TestJars.course("1.0.1", folder -> { });
            a.as("admin", () -> {
                PluginLifecycle plugins = a.bean(PluginLifecycle.class);
                InstallPlan plan = plugins.prepare(upgrade, "course-naasten-betrekken-1.0.1.jar");
                return plugins.install(plan);
            });
            assertThat(eventually(() -> version(b), Optional.of("1.0.1"))).as("the upgrade on node A, seen on node B").contains("1.0.1");

            b.as("admin", () -> {
                b.bean(PluginLifecycle.class).disable("course-" + COURSE);
                return null;
            });
            assertThat(eventually(() -> version(a), Optional.empty())).as("disabled on node B, gone from node A's catalog").isEmpty();
            a.as("admin", () -> a.bean(PluginLifecycle.class).enable("course-" + COURSE));
            assertThat(eventually(() -> version(b), Optional.of("1.0.1"))).as("enabled again on node A, back on node B").contains("1.0.1");

            a.stop();
            try (Browser browser = new Browser(b.baseUrl(), "nl-NL")) {
                browser.signIn("daan", "kring-oefenen");
                browser.open(QUIZ);
                browser.waitForAttribute(FIRST_ITEM_RIGHT, "checked", "true");
                browser.screenshot("65-two-nodes-resumed-on-b");
            }
        }
    }

    private static Optional<String> version(KringServer node) {
        return node.as("admin", () -> node.bean(PluginHost.class).installedCourse(COURSE).map(InstalledCourse::version)
                .filter(v -> !v.isEmpty()));
    }

    /** Polls until {@code check} gives {@code expected} or {@link #WITHIN} passed; returns what it gave last. */
    private static <T> T eventually(Supplier<T> check, T expected) throws InterruptedException {
        long until = System.nanoTime() + WITHIN.toNanos();
        T seen = check.get();
        while (!seen.equals(expected) && System.nanoTime() < until) {
            Thread.sleep(200);
            seen = check.get();
        }
        return seen;
    }
}
