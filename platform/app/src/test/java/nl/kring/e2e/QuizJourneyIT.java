package nl.kring.e2e;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

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
                browser.signIn("daan", "kring-demo");
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
                browser.signIn("daan", "kring-demo");
                browser.open(QUIZ);
                browser.waitForAttribute(FIRST_ITEM_RIGHT, "checked", "true");
                browser.click(By.xpath("//*[@id='item-twee-tempos']//vaadin-radio-button[contains(., 'Waar')]"));
                browser.waitForText(By.id("quiz-saved"), "Antwoord bewaard.");

                browser.click(By.id("quiz-submit"));
                browser.click(By.cssSelector("vaadin-confirm-dialog-overlay [slot='confirm-button']"));
                browser.waitForText(By.id("quiz-summary"), "Nog niet geslaagd");
                browser.waitForText(By.id("review-steun-tijdens-behandeling"), "Goed");
                browser.screenshot("17-quiz-review-nl");
            }
        }
    }
}
