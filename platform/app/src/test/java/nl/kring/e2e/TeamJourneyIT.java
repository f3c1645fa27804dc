package nl.kring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The demo team lead opens their team in a real browser: the matrix with levels, the certificate that is due, the
 * evidence behind a level, and the CSV export.
 */
class TeamJourneyIT {

    @TempDir
    Path dataDir;

    @Test
    void theTeamLeadSeesTheMatrixAndWhatExpiresAndExportsIt() throws Exception {
        try (KringServer kring = new KringServer(dataDir).start();
             Browser browser = new Browser(kring.baseUrl(), "nl-NL")) {
            browser.signIn("lead", "kring-oefenen");
            browser.click(By.xpath("//vaadin-side-nav-item[contains(., 'Mijn team')]"));
            browser.waitForText(By.id("team-title"), "Ambulant team Utrecht");
            browser.waitForText(By.id("team-expiring"), "Ilse Visser");
            browser.screenshot("60-team-nl");

            browser.click(By.cssSelector("#team-matrix [aria-label^='Ilse Visser, Systemisch werken met het genogram']"));
            browser.waitForText(By.tagName("vaadin-dialog-overlay"), "Genogram tekenen: Joost en Anouk");
            browser.screenshot("61-team-evidence-nl");
            browser.click(By.xpath("//vaadin-dialog-overlay//vaadin-button[contains(., 'Sluiten')]"));

            WebElement course = browser.scrollTo(By.cssSelector("#assign-course input"));
            course.click();
            course.sendKeys("Naasten");
            browser.click(By.xpath("//vaadin-combo-box-item[contains(., 'Naasten betrekken')]"));
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                    browser.waitFor(By.id("assign-due")), java.time.LocalDate.now().plusDays(30).toString());
            browser.click(By.id("assign"));
            browser.waitForText(By.id("assign-message"), "5 teamlid/leden hebben nu");
            browser.waitForText(By.id("team-assignment-list"), "Sanne de Vries");
            browser.scrollTo(By.id("team-assignments"));
            browser.screenshot("62-team-assignments-nl");

            String href = browser.waitFor(By.id("team-export-matrix")).getAttribute("href");
            Object csv = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(r => r.text()).then(done).catch(e => done('error ' + e));
                    """, href);
            assertThat((String) csv).startsWith("member,Naasten betrekken,").contains("Ilse Visser,");
        }
    }

    @Test
    void anAdministratorSeesTheTeamsWithTheirDepartments() throws Exception {
        try (KringServer kring = new KringServer(dataDir).start();
             Browser browser = new Browser(kring.baseUrl(), "nl-NL")) {
            browser.signIn("admin", "kring-oefenen");
            browser.open("admin/teams");
            browser.waitForText(By.id("teams-grid"), "Utrecht / Ambulante zorg");
            browser.scrollTo(By.id("teams-import"));
            browser.screenshot("64-admin-teams-nl");
        }
    }
}
