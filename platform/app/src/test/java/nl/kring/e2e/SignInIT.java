package nl.kring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import nl.kring.audit.SecurityEventType;
import nl.kring.audit.SecurityLog;
import nl.kring.audit.SecurityLogEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Password guessing is slowed down (ASVS V2.2.1, V2.2.2): after 5 failures a user name is locked for a while, even for
 * the right password; so is an address after many failures with any names; a lock ends by itself. Every attempt is in
 * the security log. Old bcrypt hashes still sign in and are replaced by Argon2id.
 */
class SignInIT {

    @TempDir
    Path dataDir;

    @Test
    void failedSignInsLockTheAccountThenTheAddressForAWhileAndAreLogged() throws Exception {
        try (KringServer kring = new KringServer(dataDir).start("--kring.sign-in.account-failures=5",
                "--kring.sign-in.address-failures=12", "--kring.sign-in.lockout=4s")) {
            WebClient browser = new WebClient(kring);
            for (int attempt = 1; attempt <= 5; attempt++) {
                assertThat(browser.signIn("noor", "not-her-password-" + attempt)).as("attempt %d", attempt).isEqualTo("/login?error");
            }
            assertThat(browser.signIn("noor", "kring-oefenen")).as("locked: even the right password is refused")
                    .isEqualTo("/login?locked");
            assertThat(new WebClient(kring).signIn("daan", "kring-oefenen")).as("other accounts are not locked").isEqualTo("/");

            Thread.sleep(4_500);
            assertThat(browser.signIn("noor", "kring-oefenen")).as("the lock ends by itself").isEqualTo("/");
            assertThat(browser.signedIn()).isTrue();

            // The address has 5 failures so far; 7 more with made-up names block it.
            for (int attempt = 1; attempt <= 7; attempt++) {
                assertThat(new WebClient(kring).signIn("guess-" + UUID.randomUUID(), "whatever-" + attempt)).isEqualTo("/login?error");
            }
            assertThat(new WebClient(kring).signIn("ilse", "kring-oefenen")).as("the address is blocked for every name")
                    .isEqualTo("/login?locked");

            List<SecurityLogEntry> log = kring.as("admin", () -> kring.bean(SecurityLog.class).latest(1, 100));
            assertThat(log).filteredOn(e -> e.type() == SecurityEventType.SIGN_IN_FAILED).hasSizeGreaterThanOrEqualTo(14)
                    .allSatisfy(e -> assertThat(e.address()).isEqualTo("127.0.0.1"))
                    .extracting(SecurityLogEntry::subject).contains("noor", "(unknown user name)", "ilse")
                    .noneMatch(subject -> subject.startsWith("guess-"));
            assertThat(log).filteredOn(e -> e.type() == SecurityEventType.ACCOUNT_LOCKED).extracting(SecurityLogEntry::subject)
                    .contains("noor");
            assertThat(log).filteredOn(e -> e.type() == SecurityEventType.ADDRESS_BLOCKED).extracting(SecurityLogEntry::subject)
                    .containsExactly("127.0.0.1");
            assertThat(log).filteredOn(e -> e.type() == SecurityEventType.SIGN_IN).extracting(SecurityLogEntry::subject)
                    .contains("noor", "daan");
            assertThat(log).as("no password is ever logged").noneMatch(e -> String.valueOf(e.detail()).contains("kring-oefenen")
                    || String.valueOf(e.detail()).contains("not-her-password"));
        }
    }

    @Test
    void anOldBcryptHashSignsInAndIsReplacedByArgon2idAndAWeakOldPasswordMustChange() throws Exception {
        try (KringServer kring = new KringServer(dataDir).start()) {
            JdbcTemplate jdbc = kring.bean(JdbcTemplate.class);
            jdbc.update("update user_account set password_hash = ? where username = 'daan'",
                    new BCryptPasswordEncoder(12).encode("een oud wachtwoord"));

            assertThat(new WebClient(kring).signIn("daan", "een oud wachtwoord")).isEqualTo("/");

            assertThat(jdbc.queryForObject("select password_hash from user_account where username = 'daan'", String.class))
                    .startsWith("{argon2}$argon2id$");
            assertThat(new WebClient(kring).signIn("daan", "een oud wachtwoord")).as("and still signs in").isEqualTo("/");
            assertThat(jdbc.queryForObject("select must_change_password from user_account where username = 'daan'", Boolean.class))
                    .as("a good password need not change").isFalse();

            jdbc.update("update user_account set password_hash = ? where username = 'noor'", new BCryptPasswordEncoder(12).encode("welkom123"));
            WebClient noor = new WebClient(kring);
            assertThat(noor.signIn("noor", "welkom123")).isEqualTo("/");
            assertThat(jdbc.queryForObject("select must_change_password from user_account where username = 'noor'", Boolean.class))
                    .as("a password from before the rules (short and common) must be changed now").isTrue();
        }
    }
}
