package nl.kring.e2e;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A learner takes the course quiz in a real browser: answers, reloads mid-way, survives a restart of Kring,
 * finishes, submits and reads the review.
 */
class QuizJourneyIT {

    private static final String QUIZ = "course/naasten-betrekken/quiz/toets-basis";
    private static final By FIRST_ITEM_RIGHT = By.xpath("//*[@id='item-steun-tijdens-behandeling']"
            + "//vaadin-radio-button[contains(., 'Steun gaat samen met duidelijk minder gebruik')]");

    @TempDir
    Path dataDir;

    @Test
    void answersSurviveAReloadAndARestartAndTheReviewFollowsTheSubmit() throws Exception {
        try (KringServer kring = new KringServer(dataDir).start()) {
            try (Browser browser = new Browser(kring.baseUrl(), "nl-NL")) {
                browser.signIn("daan", "kring-oefenen");
                browser.open(QUIZ);
                browser.waitForText(By.id("quiz-title"), "Toets: naasten betrekken");
                browser.click(FIRST_ITEM_RIGHT);
                browser.waitForText(By.id("quiz-saved"), "Antwoord bewaard.");
                browser.screenshot("16-quiz-nl");

                browser.driver().navigate().refresh();
                browser.waitForAttribute(FIRST_ITEM_RIGHT, "checked", "true");
            }

            kring.stop();
            kring.start();

            try (Browser browser = new Browser(kring.baseUrl(), "nl-NL")) {
                browser.signIn("daan", "kring-oefenen");
                browser.open(QUIZ);
                browser.waitForAttribute(FIRST_ITEM_RIGHT, "checked", "true");
                browser.click(By.xpath("//*[@id='item-twee-tempos']//vaadin-radio-button[contains(., 'Waar')]"));
                browser.waitForText(By.id("quiz-saved"), "Antwoord bewaard.");
                moveTheFirstStepDownWithTheKeyboard(browser);
                browser.waitFor(By.id("quiz-time-left"));
                browser.screenshot("16b-quiz-ordering-nl");

                browser.click(By.id("quiz-submit"));
                browser.click(By.cssSelector("vaadin-confirm-dialog-overlay [slot='confirm-button']"));
                browser.waitForText(By.id("quiz-summary"), "Nog niet geslaagd");
                browser.waitForText(By.id("review-steun-tijdens-behandeling"), "Goed");
                browser.screenshot("17-quiz-review-nl");
            }
            try (Browser browser = new Browser(kring.baseUrl(), "nl-NL")) {
                browser.signIn("trainer", "kring-oefenen");
                browser.open("course/naasten-betrekken");
                browser.click(By.cssSelector("a.kring-stats-link[href$='/quiz/toets-basis/statistics']"));
                browser.waitForText(By.id("stats-summary"), "1Pogingen");
                browser.click(By.xpath("//vaadin-grid[@id='stats-items']//vaadin-grid-cell-content[contains(., 'steun-tijdens-behandeling')]"));
                browser.waitForText(By.id("stats-distribution"), "✓ Steun gaat samen");
                browser.screenshot("18-quiz-statistics-nl");
            }
        }
    }

    /**
     * Keyboard only: focus the first step's "down" button and press Enter. The step moves one place down, the order
     * is saved, and the focus stays on the moved step's button so the learner can keep moving it.
     */
    private static void moveTheFirstStepDownWithTheKeyboard(Browser browser) {
        By first = By.cssSelector("#item-vijf-stappen li:first-child");
        String moved = browser.scrollTo(first).getAttribute("data-step");
        WebElement down = browser.driver().findElement(By.cssSelector("#item-vijf-stappen li:first-child vaadin-button:nth-of-type(2)"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus();", down);
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.waitForAttribute(By.cssSelector("#item-vijf-stappen li:nth-child(2)"), "data-step", moved);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> moved.equals(((JavascriptExecutor) driver)
                .executeScript("return document.activeElement.closest('li') && document.activeElement.closest('li').dataset.step;")));
        browser.waitForText(By.id("quiz-saved"), "Antwoord bewaard.");
    }

    @Test
    void aPracticeQuizGivesFeedbackOnTheSpotAndMovesTheFocusToIt() throws Exception {
        try (KringServer kring = new KringServer(dataDir).start();
             Browser browser = new Browser(kring.baseUrl(), "nl-NL")) {
            browser.signIn("noor", "kring-oefenen");
            browser.open("course/naasten-betrekken/quiz/oefenen-naasten");
            browser.waitForText(By.id("quiz-title"), "Oefenvragen");
            browser.click(By.xpath("//*[@id='item-helpend-gedrag']//vaadin-checkbox[contains(., 'Een open gesprek')]//label"));
            browser.click(By.xpath("//*[@id='item-helpend-gedrag']//vaadin-checkbox[contains(., 'ziek melden')]//label"));
            browser.waitForText(By.id("quiz-saved"), "Antwoord bewaard.");

            browser.click(By.cssSelector("#item-helpend-gedrag .kring-check"));

            browser.waitForText(By.cssSelector("#item-helpend-gedrag .kring-item-review"), "Juiste antwoord: Een open gesprek");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                    .executeScript("return document.activeElement.classList.contains('kring-item-review');")));
            browser.waitForText(By.cssSelector("#item-helpend-gedrag .kring-item-review"),
                    "Niet juist: wie de gevolgen opvangt, houdt de verslaving in stand.");
            browser.waitFor(By.cssSelector("#item-helpend-gedrag vaadin-checkbox-group[readonly]"));
            browser.screenshot("19-quiz-immediate-feedback-nl");
        }
    }
}
