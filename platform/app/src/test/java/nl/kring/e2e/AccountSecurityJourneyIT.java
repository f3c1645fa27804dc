package nl.kring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import nl.kring.support.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The account journeys of issue 12 in a browser: a locked sign-in says so; "forgot your password" sends a link that
 * works once; a learner downloads their data; an administrator reads the security log and erases a person.
 */
class AccountSecurityJourneyIT {

    @TempDir
    Path dataDir;

    @Test
    void lockedSignInPasswordResetByLinkMyDataAndErasure() throws Exception {
        GreenMail mail = TestMail.start();
        KringServer server = new KringServer(dataDir);
        try (KringServer kring = server.start("--kring.public-url=" + server.baseUrl(), "--spring.mail.host=localhost",
                "--spring.mail.port=" + mail.getSmtp().getPort(), "--kring.sign-in.account-failures=3")) {
            try (Browser browser = new Browser(kring.baseUrl(), "en-US")) {
                for (int attempt = 0; attempt < 3; attempt++) {
                    assertThat(new WebClient(kring).signIn("noor", "guess-" + attempt)).isEqualTo("/login?error");
                }
                browser.open("login?locked");
                browser.waitForText(By.cssSelector("vaadin-login-form"), "");
                browser.screenshot("80-sign-in-locked");

                browser.open("login");
                browser.click(By.cssSelector("vaadin-login-form vaadin-button[slot='forgot-password'], vaadin-login-form [theme~='tertiary']"));
                browser.waitFor(By.id("forgot-who")).findElement(By.tagName("input")).sendKeys("noor");
                browser.click(By.id("forgot-send"));
                browser.waitForText(By.id("forgot-answer"), "If an account with an e-mail address matches");
                browser.screenshot("81-forgot-password");

                mail.waitForIncomingEmail(10_000, 1);
                MimeMessage message = mail.getReceivedMessages()[0];
                assertThat(message.getAllRecipients()[0].toString()).isEqualTo("noor@demo.kring.example");
                String link = message.getContent().toString().lines().filter(l -> l.contains("/reset-password?token=")).findFirst()
                        .orElseThrow().strip();
                browser.driver().get(link);
                browser.waitForText(By.id("reset-for"), "Noor");
                choose(browser, "Password1234!");
                browser.click(By.id("save-password"));
                browser.waitForAttribute(By.id("new-password"), "invalid", "true");
                browser.screenshot("82-reset-refused-common");
                choose(browser, "ik lees elke avond een hoofdstuk");
                browser.click(By.id("save-password"));
                browser.waitForText(By.id("login-notice"), "Your password is saved");
                browser.screenshot("83-password-chosen");
                browser.signIn("noor", "ik lees elke avond een hoofdstuk");

                browser.driver().get(link);
                browser.waitForText(By.id("reset-invalid"), "This link no longer works");

                browser.open("account/data");
                browser.waitFor(By.id("my-data-pdf"));
                browser.screenshot("84-my-data");
                assertThat(browser.driver().findElement(By.id("my-data-json")).getAttribute("href")).isNotBlank();
            }
            try (Browser admin = new Browser(kring.baseUrl(), "en-US")) {
                admin.signIn("admin", "kring-oefenen");
                admin.open("admin/security-log");
                admin.waitForText(By.id("security-log-grid"), "Password chosen by link");
                admin.screenshot("85-security-log");

                admin.open("admin/people");
                admin.click(By.id("erase-daan"));
                admin.waitFor(By.id("erase-confirmation")).findElement(By.tagName("input")).sendKeys("daan");
                admin.screenshot("86-erase-dialog");
                admin.click(By.id("erase-now"));
                admin.waitForText(By.cssSelector("vaadin-notification-card"), "is erased");
                assertThat(admin.driver().findElements(By.id("erase-daan"))).isEmpty();
            }
        } finally {
            mail.stop();
        }
    }

    /** Types the new password twice, replacing what the fields held. */
    private static void choose(Browser browser, String password) {
        for (String field : new String[] {"new-password", "repeat-password"}) {
            browser.waitFor(By.id(field)).findElement(By.tagName("input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), password);
        }
    }
}
