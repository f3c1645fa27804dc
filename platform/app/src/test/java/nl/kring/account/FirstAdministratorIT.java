package nl.kring.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.kring.support.TestPlugins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Without the demo profile there are no known passwords: only an admin without a password, and a single-use link in
 * the log to choose one.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorIT {

    private static final Path PLUGINS = TestPlugins.freshPluginsDir(false);

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    FirstAdministrator firstAdministrator;

    @Autowired
    PasswordReset reset;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestPlugins.isolate(registry, PLUGINS);
    }

    @Test
    void theFirstStartCreatesOnlyAnAdminWithoutAPassword() {
        assertThat(accounts.findAll()).singleElement().satisfies(admin -> {
            assertThat(admin.getUsername()).isEqualTo("admin");
            assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
            assertThat(admin.isMustChangePassword()).as("no password chosen yet").isTrue();
            assertThat(admin.getPasswordHash()).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        });
        assertThat(accounts.findByUsername("learner")).isEmpty();
    }

    @Test
    void theLinkInTheLogLetsTheAdministratorChooseAPasswordOnce(CapturedOutput output) {
        accounts.deleteAll();

        firstAdministrator.run(null);

        String token = printedToken(output.getAll());
        assertThat(output.getAll()).as("printed once by this run").containsOnlyOnce(token);
        assertThat(reset.check(token)).hasValueSatisfying(holder -> assertThat(holder.username()).isEqualTo("admin"));
        assertThatThrownBy(() -> reset.choosePassword(token, "admin")).hasMessage("password.error.length");
        assertThatThrownBy(() -> reset.choosePassword(token, "administrator123")).hasMessage("password.error.common");

        reset.choosePassword(token, "de beheerder van kring");

        UserAccount admin = accounts.findByUsername("admin").orElseThrow();
        assertThat(passwords.matches("de beheerder van kring", admin.getPasswordHash())).isTrue();
        assertThat(admin.isMustChangePassword()).isFalse();
        assertThat(reset.check(token)).as("the link works once").isEmpty();
        assertThatThrownBy(() -> reset.choosePassword(token, "nog een ander wachtwoord")).hasMessage("reset.error.link");

        int linksPrinted = output.getAll().split("reset-password\\?token=", -1).length;
        firstAdministrator.run(null);
        assertThat(accounts.count()).as("a later start creates no second admin").isEqualTo(1);
        assertThat(output.getAll().split("reset-password\\?token=", -1)).as("and prints no new link once a password is chosen")
                .hasSize(linksPrinted);
    }

    @Test
    void everyStartPrintsANewLinkUntilAPasswordIsChosen(CapturedOutput output) {
        accounts.deleteAll();
        firstAdministrator.run(null);
        String first = printedToken(output.getAll());

        firstAdministrator.run(null);

        String second = printedToken(output.getAll());
        assertThat(second).isNotEqualTo(first);
        assertThat(accounts.count()).isEqualTo(1);
        assertThat(reset.check(second)).isPresent();
    }

    @Test
    void aLineBreakInALoggedValueCannotForgeALogLine(CapturedOutput output) {
        org.slf4j.LoggerFactory.getLogger("nl.kring.test").warn("sign-in failed for {}",
                "noor\r\n2026-11-23T08:00:00.000Z  INFO [main] nl.kring.audit.SecurityLog : security event SIGN_IN actor=admin");

        assertThat(output.getAll().lines().filter(line -> line.contains("sign-in failed for noor")))
                .singleElement().satisfies(line -> assertThat(line).contains("noor 2026-11-23T08:00:00.000Z  INFO"));
        assertThat(output.getAll().lines()).noneMatch(line -> line.startsWith("2026-11-23T08:00:00.000Z"));
    }

    private static String printedToken(String log) {
        Matcher matcher = Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]+)").matcher(log);
        String last = null;
        while (matcher.find()) {
            last = matcher.group(1);
        }
        return last;
    }
}
