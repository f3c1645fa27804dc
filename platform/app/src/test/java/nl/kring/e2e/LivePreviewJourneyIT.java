package nl.kring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import nl.kring.support.TestJars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * A trainer writes with Kring open next to the editor: started with --kring.content.dev, Kring shows the course
 * folder itself, and saving a lesson updates the open page in the browser without a reload.
 */
class LivePreviewJourneyIT {

    @TempDir
    Path workspace;

    @Test
    void savingALessonUpdatesTheOpenPage() throws Exception {
        Path content = Files.createDirectories(workspace.resolve("content"));
        TestJars.copyOfCourse("naasten-betrekken", content);
        Path lesson = content.resolve("naasten-betrekken/lessons/01-waarom-steun.en.md");

        try (KringServer kring = new KringServer(workspace.resolve("data")).start("--kring.content.dev=" + content);
             Browser browser = new Browser(kring.baseUrl(), "en-US")) {
            browser.signIn("trainer", "kring-oefenen");
            browser.open("course/naasten-betrekken/lesson/waarom-steun");
            browser.waitForText(By.id("lesson-title"), "Why social support matters");

            TestJars.replace(lesson, "title: \"Why social support matters\"", "title: \"Why support matters (draft)\"");
            long saved = System.nanoTime();
            browser.waitForText(By.id("lesson-title"), "Why support matters (draft)");
            long millis = (System.nanoTime() - saved) / 1_000_000;
            System.out.println("[kring] live preview: saved lesson visible in the open browser after " + millis + " ms");
            browser.screenshot("15-live-preview-en");

            assertThat(browser.driver().findElement(By.id("lesson-body")).getText()).isNotBlank();
        }
    }
}
