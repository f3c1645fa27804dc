package nl.kring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A learner builds the genogram of a case with the forms in a real browser, watching the preview grow, and gets the
 * comparison with the model answer; a reload half-way keeps what was built, and the same genogram in the text
 * editor shows the notation the forms wrote; the checked genogram then shows as evidence in "My competences".
 */
class GenogramJourneyIT {

    private static final String PAGE = "course/naasten-betrekken/activity/genogram-bouwen";

    @TempDir
    Path dataDir;

    @Test
    void aLearnerBuildsASmallGenogramWithFormsAndGetsFeedback() throws Exception {
        try (KringServer kring = new KringServer(dataDir).start();
             Browser browser = new Browser(kring.baseUrl(), "en-GB")) {
            browser.signIn("daan", "kring-oefenen");
            browser.open(PAGE);
            browser.waitForText(By.id("diagram-form-person"), "Joost — man, the client");

            editPerson(browser, "Joost");
            browser.click(By.xpath("//vaadin-checkbox[.//label[contains(., 'substance misuse')]]//label"));
            save(browser);
            browser.waitForText(By.id("diagram-form-person"), "Joost — man, the client, substance misuse");

            browser.click(By.id("diagram-add-person"));
            browser.waitFor(By.cssSelector("#field-name input")).sendKeys("Anouk");
            choose(browser, "field-sex", "woman");
            browser.screenshot("39-genogram-add-person-en");
            save(browser);
            addPerson(browser, "Ties", "man");
            browser.driver().navigate().refresh();
            browser.waitForText(By.id("diagram-form-person"), "Ties — man");
            browser.click(By.id("diagram-add-couple"));
            choose(browser, "field-a", "Joost");
            choose(browser, "field-b", "Anouk");
            choose(browser, "field-status1", "married");
            save(browser);
            browser.waitForText(By.id("diagram-form-couple"), "Joost & Anouk — married");

            editPerson(browser, "Ties");
            choose(browser, "field-parents", "Joost & Anouk");
            save(browser);
            browser.waitForText(By.id("diagram-form-person"), "Ties — man, child of Joost & Anouk");

            browser.click(By.id("diagram-add-household"));
            for (String member : new String[] {"Joost", "Anouk", "Ties"}) {
                WebElement input = browser.scrollTo(By.cssSelector("#field-members input"));
                input.click();
                input.sendKeys(member);
                browser.click(By.xpath("//vaadin-multi-select-combo-box-item[normalize-space(.)='" + member + "']"));
                input.sendKeys(Keys.ESCAPE);
            }
            save(browser);
            browser.waitForText(By.id("diagram-form-household"), "Joost, Anouk, Ties");
            assertThat(browser.imageLoaded(By.cssSelector("#diagram-preview img"))).isTrue();
            browser.screenshot("40-genogram-forms-en");

            browser.click(By.id("diagram-mode-text"));
            browser.waitFor(By.id("diagram-editor"));
            assertThat(browser.waitFor(By.cssSelector("#diagram-editor textarea")).getAttribute("value"))
                    .contains("children joost anouk: ties", "household joost anouk ties");

            browser.click(By.id("diagram-check"));
            browser.waitForText(By.id("activity-result"), "13 of the 13 elements match the model answer");
            browser.scrollTo(By.id("activity-result"));
            browser.screenshot("41-genogram-checked-en");

            browser.open("my-competences");
            browser.waitForAttribute(By.cssSelector("#competence-genogram .kring-competence-bar"), "aria-label",
                    "Level 2 of 4: Knows how");
            browser.click(By.cssSelector("#competence-genogram vaadin-details-summary"));
            browser.waitForText(By.id("competence-genogram"), "Drawing a genogram: Joost and Anouk");
            browser.screenshot("42-my-competences-en");
        }
    }

    private static void editPerson(Browser browser, String name) {
        browser.click(By.cssSelector("vaadin-button[aria-label='Edit " + name + "']"));
        browser.waitFor(By.id("element-save"));
    }

    private static void addPerson(Browser browser, String name, String sex) {
        browser.click(By.id("diagram-add-person"));
        browser.waitFor(By.cssSelector("#field-name input")).sendKeys(name);
        choose(browser, "field-sex", sex);
        save(browser);
        browser.waitForText(By.id("diagram-form-person"), name + " — " + sex);
    }

    private static void save(Browser browser) {
        browser.click(By.id("element-save"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> driver.findElements(By.id("element-save")).isEmpty());
    }

    /** Picks the entry of a combo box with exactly this label, typing its start as a keyboard user would. */
    private static void choose(Browser browser, String id, String label) {
        WebElement input = browser.scrollTo(By.cssSelector("#" + id + " input"));
        input.click();
        input.sendKeys(label);
        browser.click(By.xpath("//vaadin-combo-box-item[normalize-space(.)='" + label + "']"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> driver.findElement(By.id(id)).getAttribute("has-value") != null
                        && !"true".equals(driver.findElement(By.id(id)).getAttribute("opened")));
    }
}
