package nl.kring.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import com.icegreen.greenmail.util.GreenMail;
import nl.kring.support.KaribuSpringTest;
import nl.kring.support.TestMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Forgot password (ASVS V2.5): the same quiet answer whether or not the account exists; at most three links an hour
 * per account; a link for one account cannot set another's password; an expired link is refused.
 */
class PasswordResetIT extends KaribuSpringTest {

    private static final GreenMail MAIL = TestMail.start();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestMail.use(MAIL, registry);
    }

    @AfterAll
    static void stopMailServer() {
        MAIL.stop();
    }

    @Autowired
    PasswordReset reset;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetTheLinks() throws Exception {
        jdbc.update("delete from account_token");
        MAIL.purgeEmailFromAllMailboxes();
    }

    @Test
    void unknownNamesGetTheSameQuietAnswerAndLinksAreLimitedToThreeAnHour() throws Exception {
        signOut();
        reset.request("no-such-person", "en");
        reset.request("nobody@example.org", "en");
        assertThat(MAIL.getReceivedMessages()).as("nothing sent, and nothing said").isEmpty();

        for (int i = 0; i < 5; i++) {
            reset.request(i % 2 == 0 ? "daan" : "DAAN@demo.kring.example", Locale.ENGLISH.getLanguage());
        }
        assertThat(MAIL.getReceivedMessages()).as("by user name or e-mail address, at most three an hour").hasSize(3);
        assertThat(MAIL.getReceivedMessages()[0].getContent().toString()).contains("within an hour", "/reset-password?token=");
    }

    @Test
    void anExpiredLinkIsRefusedAndALinkOnlyEverChangesItsOwnAccount() throws Exception {
        signOut();
        reset.request("daan", "nl");
        String token = MAIL.getReceivedMessages()[0].getContent().toString().lines().filter(l -> l.contains("token="))
                .findFirst().orElseThrow().replaceAll(".*token=", "").strip();
        assertThat(reset.check(token)).hasValueSatisfying(holder -> assertThat(holder.username()).isEqualTo("daan"));
        assertThat(reset.check(token + "x")).as("a guessed or altered link").isEmpty();

        jdbc.update("update account_token set expires_at = ? where token_hash = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), AccountTokens.hash(token));

        assertThat(reset.check(token)).as("an hour later").isEmpty();
        assertThatThrownBy(() -> reset.choosePassword(token, "een heel nieuw wachtwoord")).hasMessage("reset.error.link");
    }
}
