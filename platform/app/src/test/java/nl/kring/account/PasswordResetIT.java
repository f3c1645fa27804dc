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

    @Autowired
    AccountService accounts;

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
    void aChangedPasswordOrAddressIsToldByEmail() throws Exception {
        signOut();
        reset.request("noor", "en");
        String token = MAIL.getReceivedMessages()[0].getContent().toString().lines().filter(l -> l.contains("token="))
                .findFirst().orElseThrow().replaceAll(".*token=", "").strip();
        long noor = jdbc.queryForObject("select id from user_account where username = 'noor'", Long.class);
        String hash = jdbc.queryForObject("select password_hash from user_account where id = ?", String.class, noor);
        try {
            reset.choosePassword(token, "een zin die alleen ik ken");

            assertThat(MAIL.getReceivedMessages()).hasSize(2);
            assertThat(MAIL.getReceivedMessages()[1].getSubject()).isEqualTo("Je Kring-wachtwoord is gewijzigd");
            assertThat(MAIL.getReceivedMessages()[1].getContent().toString()).contains("Was jij dit niet?", "/forgot-password")
                    .doesNotContain("een zin die alleen ik ken").doesNotContain("token=");

            signIn("admin", Locale.ENGLISH);
            accounts.changeEmail(noor, "noor.bakker@example.org");
            assertThat(MAIL.getReceivedMessages()).hasSize(3);
            assertThat(MAIL.getReceivedMessages()[2].getAllRecipients()[0].toString()).as("the old address hears of it")
                    .isEqualTo("noor@demo.kring.example");
        } finally {
            jdbc.update("update user_account set password_hash = ?, email = 'noor@demo.kring.example', sessions_valid_from = null"
                    + " where id = ?", hash, noor);
        }
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
