package nl.kring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import nl.kring.support.TestJars;
import nl.kring.support.TestPlugins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The trainer's journey in a real browser: change a lesson, build the jar, upload it on the running Kring, read
 * the report and the upgrade diff, install it — and a learner still has their progress. A corrupt jar is refused
 * with a reason.
 */
class TrainerJourneyIT {

    private static final String COURSE = "naasten-betrekken";

    @TempDir
    Path dataDir;

    @Test
    void aTrainerUpgradesACourseWhileItRunsAndLearnersKeepTheirProgress() throws Exception {
        Path upgrade = dataDir.resolve("course-naasten-betrekken-1.1.0.jar");
        Files.write(upgrade, TestJars.course("1.1.0", folder -> TestJars.replace(
                folder.resolve("lessons/01-waarom-steun.en.md"), "title: \"", "title: \"Updated: ")));
        Path corrupt = dataDir.resolve("corrupt.jar");
        Files.write(corrupt, "PK this is not really a jar".getBytes());

        try (KringServer kring = new KringServer(dataDir.resolve("data")).start();
             Browser browser = new Browser(kring.baseUrl(), "en-US")) {
            browser.signIn("trainer", "kring-oefenen");
            browser.open("admin/plugins");
            browser.waitForText(By.id("plugin-summary"), TestPlugins.bundledPluginIds().size() + " active, 0 disabled, 0 failed");
            browser.screenshot("10-plugins-en");

            browser.upload(By.id("plugin-upload"), corrupt);
            browser.waitForText(By.id("upload-rejected"), "not a jar");
            browser.screenshot("11-upload-rejected-en");

            browser.upload(By.id("plugin-upload"), upgrade);
            browser.waitForText(By.id("plan-title"), "course-naasten-betrekken 1.1.0 — upgrade (installed now: 1.0.0)");
            assertThat(browser.driver().findElement(By.id("plan-diff")).getText()).contains("changed: lesson waarom-steun");
            browser.scrollTo(By.id("confirm-install"));
            browser.screenshot("12-upgrade-report-en");

            browser.click(By.id("confirm-install"));
            browser.waitForText(By.id("plugin-grid"), "1.1.0");
            browser.screenshot("13-upgraded-en");

            browser.click(By.xpath("//vaadin-tab[contains(., 'Audit log')]"));
            browser.waitForText(By.id("audit-grid"), "upgraded");
            browser.screenshot("14-audit-log-en");

            browser.click(By.id("sign-out"));
            browser.signIn("learner", "kring-oefenen");
            browser.open("course/" + COURSE);
            browser.waitForText(By.id("course-progress-label"), "1 of 4 lessons done");
            assertThat(browser.driver().findElement(By.cssSelector("a[data-lesson='waarom-steun']")).getText())
                    .startsWith("Updated: ");
        }
    }
}
