package nl.kring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * A clinician takes the seed courses in a real browser against a real Kring with the bundled course jars: finds them
 * in the catalog, reads lessons in English and in Dutch (the CRAFT evidence, privacy, genogram themes with their
 * drawing), plays role-plays of the naasten, CRAFT and MI courses to their end and reads the coded feedback, and opens
 * the CRAFT functional-analysis worksheet and a genogram read exercise.
 */
class SeedCoursesJourneyIT {

    private static final By SAY = By.id("conversation-say");

    @TempDir
    Path dataDir;

    @Test
    void aClinicianReadsPlaysAndPractisesInBothCourses() throws Exception {
        try (KringServer kring = new KringServer(dataDir).start()) {
            try (Browser browser = new Browser(kring.baseUrl(), "en-US")) {
                browser.signIn("noor", "kring-oefenen");
                browser.waitFor(By.cssSelector(".kring-card[data-course='craft']"));
                browser.waitFor(By.cssSelector(".kring-card[data-course='naasten-familiegesprek']"));
                browser.screenshot("70-catalog-seed-courses-en");

                browser.open("course/craft");
                browser.waitFor(By.cssSelector("a[data-lesson='bewijs']"));
                browser.screenshot("71-course-craft-en");
                browser.click(By.cssSelector("a[data-lesson='bewijs']"));
                browser.waitForText(By.id("lesson-title"), "The evidence: CRAFT compared with Al-Anon and the Johnson intervention");
                assertThat(browser.waitFor(By.id("lesson-body")).getText()).contains("Miller, Meyers & Tonigan (1999)", "64% vs 13% vs 30%");
                browser.scrollTo(By.cssSelector("#lesson-body table"));
                browser.screenshot("72-lesson-craft-evidence-en");

                playToTheEnd(browser, "course/craft/activity/gesprek-uitnodigen", "73-role-play-craft-invitation-en");

                browser.open("course/craft/activity/werkblad-functieanalyse");
                browser.waitForText(By.tagName("body"), "Henk");
                browser.screenshot("74-worksheet-craft-functional-analysis-en");

                browser.open("course/genogram/lesson/themas");
                browser.waitForText(By.id("lesson-title"), "Exploring themes: closeness, money, loyalty and patterns");
                browser.scrollTo(By.cssSelector("#lesson-body figure.kring-diagram img"));
                browser.screenshot("77-lesson-genogram-themes-en");

                browser.open("course/genogram/activity/lezen-ernst-laura");
                browser.waitForText(By.tagName("body"), "Ernst");
                browser.screenshot("78-genogram-read-ernst-laura-en");
            }
            try (Browser browser = new Browser(kring.baseUrl(), "nl-NL")) {
                browser.signIn("noor", "kring-oefenen");
                browser.open("course/naasten-familiegesprek/lesson/privacy-en-toestemming");
                browser.waitForText(By.id("lesson-title"), "Privacy en toestemming: luisteren zonder het beroepsgeheim te schenden");
                assertThat(browser.waitFor(By.id("lesson-body")).getText()).isNotBlank();
                browser.screenshot("75-lesson-privacy-nl");

                playToTheEnd(browser, "course/naasten-familiegesprek/activity/rollenspel-ongeruste-moeder",
                        "76-role-play-distressed-mother-nl");

                assertThat(playToTheEnd(browser, "course/mi-rollenspel/activity/rp7-jongere-en-ouder",
                        "79-role-play-mi-young-person-and-parent-nl")).contains("R:Q");
            }
        }
    }

    /**
     * Opens the role-play at {@code path}, chooses the first response at every turn until the conversation ends, and
     * takes a screenshot of the feedback; returns the feedback's text.
     */
    private static String playToTheEnd(Browser browser, String path, String screenshot) {
        browser.open(path);
        browser.waitFor(By.id("conversation-transcript"));
        for (int moves = 0; moves < 40 && !browser.driver().findElements(SAY).isEmpty(); moves++) {
            browser.sayFirstResponse();
        }
        String feedback = browser.waitFor(By.id("activity-result")).getText();
        assertThat(feedback).as("feedback at the end").isNotBlank();
        browser.scrollTo(By.id("activity-result"));
        browser.screenshot(screenshot);
        return feedback;
    }
}
