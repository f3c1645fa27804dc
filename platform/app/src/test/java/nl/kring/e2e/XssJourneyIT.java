package nl.kring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import nl.kring.plugin.InstallPlan;
import nl.kring.plugin.PluginLifecycle;
import nl.kring.support.XssCourse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Hostile content in a real browser (issue 12): a course carrying the XSS corpus in its lessons, a quiz, a role-play
 * and a genogram is installed; a learner opens every one of those pages in Chromium, every element of the course's
 * content gets the events hostile markup listens for, and the tripwire that replaced alert, prompt and confirm before
 * the page's first script never fires. Vaadin still works under the Content-Security-Policy all the while.
 */
class XssJourneyIT {

    private static final String COURSE = "course/naasten-betrekken";

    @TempDir
    Path dataDir;

    @Test
    void noScriptFromCourseContentRunsInTheBrowser() throws Exception {
        XssCourse.Built course = XssCourse.build("9.0.0");
        assertThat(course.inLessons()).as("vectors that reach the lessons").hasSizeGreaterThanOrEqualTo(200);
        System.out.printf("XSS corpus in the browser: %d vectors in the lessons, %d refused by the linter (links to missing files)%n",
                course.inLessons().size(), course.refusedByTheLinter().size());
        try (KringServer kring = new KringServer(dataDir).start()) {
            kring.as("admin", () -> {
                PluginLifecycle plugins = kring.bean(PluginLifecycle.class);
                InstallPlan plan = plugins.prepare(course.jar(), "course-naasten-betrekken-9.0.0.jar");
                assertThat(plan.blockers()).as("the hostile course passes the checks (only its content is hostile)").isEmpty();
                return plugins.install(plan);
            });
            try (Browser browser = new Browser(kring.baseUrl(), "en-US")) {
                browser.armXssTripwire();
                browser.signIn("daan", "kring-oefenen");
                for (String lesson : new String[] {"waarom-steun", "wat-naasten-doormaken", "wie-en-hoe", "naastengerichte-zorg"}) {
                    browser.open(COURSE + "/lesson/" + lesson);
                    browser.waitFor(By.id("lesson-body"));
                    browser.waitForText(By.id("lesson-body"), "Corpus");
                    browser.provokeEveryElement();
                    assertThat(browser.xssTripped()).as("lesson " + lesson).isEmpty();
                }
                browser.scrollTo(By.xpath("//*[@id='lesson-body']//h2[contains(., 'Corpus')]"));
                browser.screenshot("90-xss-lesson");

                nothingRuns(browser, "/quiz/oefenen-naasten", By.id("quiz-title"), "91-xss-quiz");
                browser.open(COURSE + "/activity/gesprek-mi-twijfel");
                browser.waitFor(By.id("conversation-transcript"));
                browser.sayFirstResponse();
                nothingRuns(browser, null, By.id("conversation-transcript"), "92-xss-role-play");
                nothingRuns(browser, "/activity/genogram-lezen", By.cssSelector(".kring-diagram img"), "93-xss-genogram");

                assertThat(browser.driver().findElements(By.id("sign-out"))).as("Vaadin still runs under the CSP").isNotEmpty();
                ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("alert('control')");
                assertThat(browser.xssTripped()).as("the tripwire itself works").contains("alert on /course/naasten-betrekken");
            }
        }
    }

    /** Opens the course page (or stays, for {@code null}), provokes every element and checks the tripwire. */
    private static void nothingRuns(Browser browser, String page, By loaded, String screenshot) {
        if (page != null) {
            browser.open(COURSE + page);
        }
        browser.waitFor(loaded);
        browser.provokeEveryElement();
        assertThat(browser.xssTripped()).as(page == null ? "this page" : page).isEmpty();
        browser.screenshot(screenshot);
    }
}
