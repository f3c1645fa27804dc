package nl.kring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A learner earns a certificate in a real browser: with a programme (from a data file) that asks for drawing a
 * genogram, they complete the build exercise, find the certificate with its PDF in "My certificates", and someone
 * without an account confirms it on the public verification page.
 */
class CertificateJourneyIT {

    @TempDir
    Path dataDir;

    @TempDir
    Path config;

    @Test
    void aLearnerEarnsACertificateAndAnyoneCanVerifyIt() throws Exception {
        Path programmes = config.resolve("programmes.yaml");
        Files.writeString(programmes, """
                programmes:
                  - id: genogram-basis
                    title: {nl: "Genogram tekenen", en: "Drawing genograms"}
                    requires: {genogram: 2}
                    validityMonths: 12
                    renewalWindowDays: 60
                    points: 2
                    register: Kwaliteitsregister V&V
                """);
        try (KringServer kring = new KringServer(dataDir)) {
            kring.start("--kring.certification.programmes=file:" + programmes.toAbsolutePath());
            String code;
            try (Browser browser = new Browser(kring.baseUrl(), "en-GB")) {
                browser.signIn("daan", "kring-oefenen");
                browser.open("my-certificates");
                browser.waitForText(By.id("programme-genogram-basis"), "Not yet");

                browser.open("course/naasten-betrekken/activity/genogram-bouwen");
                browser.click(By.id("diagram-mode-text"));
                WebElement editor = browser.waitFor(By.cssSelector("#diagram-editor textarea"));
                editor.clear();
                editor.sendKeys("""
                        person joost male "Joost" index substance
                        person anouk female "Anouk"
                        person ties male "Ties"
                        couple joost anouk married
                        children joost anouk: ties
                        household joost anouk ties
                        """);
                browser.click(By.id("diagram-check"));
                browser.waitForText(By.id("activity-result"), "13 of the 13 elements match");

                browser.open("my-certificates");
                browser.waitForText(By.id("programme-genogram-basis"), "Valid");
                WebElement shownCode = browser.waitFor(By.cssSelector("#programme-genogram-basis .kring-code"));
                code = shownCode.getText();
                assertThat(code).matches("KR-\\w{4}-\\w{4}-\\w{4}");
                browser.screenshot("50-my-certificates-en");

                String href = browser.waitFor(By.cssSelector("#programme-genogram-basis .kring-certificate-pdf")).getAttribute("href");
                Object start = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch(arguments[0]).then(r => r.arrayBuffer())
                          .then(b => done(String.fromCharCode(...new Uint8Array(b).slice(0, 5)))).catch(e => done('error ' + e));
                        """, href);
                assertThat(start).isEqualTo("%PDF-");
            }
            try (Browser stranger = new Browser(kring.baseUrl(), "nl-NL")) {
                stranger.open("verify/" + code.toLowerCase(java.util.Locale.ROOT));
                stranger.waitForText(By.id("verify-result"), "Dit certificaat is echt en geldig.");
                assertThat(stranger.waitFor(By.id("verify-result")).getText()).contains("Daan Janssen", "Genogram tekenen");
                stranger.screenshot("51-verify-certificate-nl");
            }
        }
    }

    @Test
    void aDemoClinicianWhoseCertificateIsDueIsRemindedAndStartsARefresher() throws Exception {
        try (KringServer kring = new KringServer(dataDir).start();
             Browser browser = new Browser(kring.baseUrl(), "nl-NL")) {
            browser.signIn("ilse", "kring-oefenen");
            browser.waitForText(By.tagName("vaadin-notification-card"), "verloopt op");
            browser.screenshot("53-renewal-notice-nl");
            browser.click(By.xpath("//vaadin-notification-card//vaadin-button[contains(., 'Vernieuwen')]"));

            browser.waitForText(By.id("programme-naasten-basis"), "Geldig, vernieuwen");
            browser.scrollTo(By.id("refresher-start-naasten-basis"));
            browser.screenshot("54-renewal-due-nl");
            browser.click(By.id("refresher-start-naasten-basis"));
            // Several bundled courses ask questions on the programme's competences: one refresher each, to choose from.
            browser.waitForText(By.id("refresher-naasten-basis"), "Naasten betrekken: de basis");
            browser.screenshot("54b-refreshers-to-choose-nl");
            browser.click(By.xpath("//div[@id='refresher-naasten-basis']//a[contains(., 'Naasten betrekken: de basis')]"));
            browser.waitForText(By.tagName("h1"), "Opfrisser: Basis naastengericht werken");
            browser.screenshot("55-refresher-nl");

            browser.open("my-competences");
            browser.waitForAttribute(By.cssSelector("#competence-genogram .kring-competence-bar"), "aria-label",
                    "Niveau 2 van 4: Weet hoe");
            browser.screenshot("56-my-competences-nl");
        }
    }
}
