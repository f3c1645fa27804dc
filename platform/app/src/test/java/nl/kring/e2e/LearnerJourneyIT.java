package nl.kring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The learner's main journey in a real browser against a real Kring (H2 file database, bundled course jars,
 * demo profile): sign in, open the catalog, read a lesson, mark it done — then restart Kring and find the
 * progress still there.
 */
class LearnerJourneyIT {

    private static final String COURSE = "naasten-betrekken";

    @TempDir
    Path dataDir;

    @Test
    void aLearnerReadsALessonMarksItDoneAndFindsItDoneAfterARestart() throws Exception {
        try (KringServer kring = new KringServer(dataDir).start()) {
            try (Browser browser = new Browser(kring.baseUrl(), "en-US")) {
                browser.signIn("learner", "kring-oefenen");
                browser.waitFor(By.cssSelector(".kring-card[data-course='" + COURSE + "']"));
                assertThat(browser.driver().findElement(By.cssSelector(".kring-card[data-course='" + COURSE + "'] h3")).getText())
                        .isEqualTo("Involving significant others: the foundations");
                browser.screenshot("01-catalog-en");

                browser.click(By.id("open-" + COURSE));
                browser.waitForText(By.id("course-progress-label"), "1 of 4 lessons done");
                browser.screenshot("02-course-en");

                browser.click(By.cssSelector("a[data-lesson='wat-naasten-doormaken']"));
                browser.waitForText(By.id("lesson-title"), "What significant others go through");
                assertThat(browser.driver().findElement(By.id("lesson-body")).getText()).isNotBlank();
                browser.screenshot("03-lesson-en");

                browser.click(By.id("mark-done"));
                browser.waitForAttribute(By.id("mark-done"), "data-done", "true");
                browser.waitForText(By.id("lesson-progress-label"), "2 of 4 lessons done");
                browser.screenshot("04-lesson-done-en");
            }

            kring.stop();
            kring.start();

            try (Browser browser = new Browser(kring.baseUrl(), "nl-NL")) {
                browser.signIn("learner", "kring-oefenen");
                browser.open("course/" + COURSE);
                browser.waitForText(By.id("course-progress-label"), "2 van 4 lessen gedaan");
                browser.screenshot("05-course-after-restart-nl");

                browser.open("course/" + COURSE + "/lesson/wat-naasten-doormaken");
                browser.waitForText(By.id("lesson-title"), "Wat naasten zelf doormaken");
                browser.waitForAttribute(By.id("mark-done"), "data-done", "true");
                browser.screenshot("06-lesson-after-restart-nl");

                browser.open("course/" + COURSE + "/lesson/wie-en-hoe");
                browser.waitForText(By.id("lesson-title"), "Wie betrek je, en hoe?");
                assertThat(browser.imageLoaded(By.cssSelector("#lesson-body img[src*='course-media/" + COURSE + "/']")))
                        .isTrue();
                browser.scrollTo(By.cssSelector("#lesson-body img"));
                browser.screenshot("07-lesson-image-nl");
                browser.scrollTo(By.cssSelector("#lesson-body .adm-tip"));
                browser.screenshot("08-lesson-callout-nl");
                for (String alt : new String[] {"Familie De Wit (verzonnen voorbeeld)", "Netwerkkaart van Sanne"}) {
                    WebElement diagram = browser.driver().findElement(By.cssSelector(
                            "#lesson-body figure.kring-diagram img[alt='" + alt + "']"));
                    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'start'});", diagram);
                    new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> ((Number) ((JavascriptExecutor) driver)
                            .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", diagram)).intValue() > 0);
                    browser.screenshot(alt.startsWith("Familie") ? "08b-lesson-genogram-nl" : "08c-lesson-network-map-nl");
                }

                browser.open("course/" + COURSE + "/activity/netwerk-eva");
                browser.waitForText(By.id("activity-title"), "het netwerk van Eva");
                browser.scrollTo(By.cssSelector("#answer-steun textarea")).sendKeys("Sanne uit het koor: zij drinkt niet.");
                browser.click(By.id("activity-submit"));
                browser.waitForText(By.id("activity-result"), "Je resultaat:");
                browser.screenshot("09-worksheet-nl");

                browser.open("my-learning");
                browser.waitFor(By.id("my-courses"));
                browser.screenshot("10-my-learning-nl");
            }
        }
    }
}
