package nl.kring.e2e;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A learner plays the CRAFT role-play in a real browser, reloads half-way and finishes, with the coded feedback at
 * the end; a trainer then opens the review queue and the form for an observed role-play.
 */
class RolePlayJourneyIT {

    private static final String PAGE = "course/naasten-betrekken/activity/gesprek-craft-communicatie";
    private static final By SAY = By.id("conversation-say");

    @TempDir
    Path dataDir;

    @Test
    void aLearnerPlaysReloadsHalfWayAndReadsTheCodedFeedback() throws Exception {
        try (KringServer kring = new KringServer(dataDir).start()) {
            try (Browser browser = new Browser(kring.baseUrl(), "nl-NL")) {
                browser.signIn("daan", "kring-oefenen");
                browser.open(PAGE);
                browser.waitFor(By.id("conversation-transcript"));
                browser.sayFirstResponse();
                browser.sayFirstResponse();
                String lines = browser.waitFor(By.id("conversation-transcript")).getAttribute("textContent");
                browser.screenshot("20-role-play-nl");

                browser.driver().navigate().refresh();
                browser.waitForText(By.id("conversation-transcript"), lines.substring(Math.max(0, lines.length() - 40)));

                for (int moves = 0; moves < 30 && !browser.driver().findElements(SAY).isEmpty(); moves++) {
                    browser.sayFirstResponse();
                }
                browser.waitForText(By.id("activity-result"), "R:Q");
                browser.scrollTo(By.id("activity-result"));
                browser.screenshot("21-role-play-feedback-nl");
            }
            try (Browser browser = new Browser(kring.baseUrl(), "nl-NL")) {
                browser.signIn("trainer", "kring-oefenen");
                browser.open("review");
                browser.waitFor(By.id("review-title"));
                browser.click(By.id("review-observe"));
                choose(browser, "observation-learner", "Daan");
                choose(browser, "observation-activity", "Ingrid");
                browser.waitFor(By.id("observe-global-empathy"));
                type(browser, "observe-count-question", "4");
                type(browser, "observe-count-simple-reflection", "3");
                type(browser, "observe-count-complex-reflection", "5");
                for (String global : List.of("cultivating-change-talk", "softening-sustain-talk", "partnership", "empathy")) {
                    type(browser, "observe-global-" + global, "4");
                }
                browser.screenshot("22-observation-nl");
                browser.click(By.id("observation-save"));
                browser.waitForText(By.id("observation-result"), "Opgeslagen voor Daan Janssen");
                browser.scrollTo(By.id("observation-result"));
                browser.screenshot("23-observation-saved-nl");
            }
        }
    }

    /** Picks the entry of a combo box whose label starts with {@code text}, as a keyboard user would. */
    private static void choose(Browser browser, String id, String text) {
        WebElement input = browser.scrollTo(By.cssSelector("#" + id + " input"));
        input.click();
        input.sendKeys(text);
        browser.click(By.xpath("//vaadin-combo-box-item[contains(., '" + text + "')]"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(driver -> driver.findElement(By.id(id)).getAttribute("has-value") != null
                        && !"true".equals(driver.findElement(By.id(id)).getAttribute("opened")));
    }

    private static void type(Browser browser, String id, String value) {
        WebElement input = browser.scrollTo(By.cssSelector("#" + id + " input"));
        input.sendKeys(value, Keys.TAB);
    }
}
