package nl.kring.account;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Without the demo profile there are no known passwords: only an admin with a one-time password from the log. */
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

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestPlugins.isolate(registry, PLUGINS);
    }

    @Test
    void theFirstStartCreatesOnlyAnAdminWhoMustChangeTheOneTimePassword() {
        assertThat(accounts.findAll()).singleElement().satisfies(admin -> {
            assertThat(admin.getUsername()).isEqualTo("admin");
            assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
            assertThat(admin.isMustChangePassword()).isTrue();
            assertThat(admin.getPasswordHash()).startsWith("$2a$12$");
        });
        assertThat(accounts.findByUsername("learner")).isEmpty();

        firstAdministrator.run(null);

        assertThat(accounts.count()).as("a second start creates no second admin").isEqualTo(1);
    }

    @Test
    void theOneTimePasswordIsPrintedOnceAndIsTheAdminsPassword(CapturedOutput output) {
        accounts.deleteAll();

        firstAdministrator.run(null);

        String printed = printedPassword(output.getAll());
        assertThat(output.getAll()).as("printed once by this run").containsOnlyOnce("one-time password: " + printed);
        assertThat(printed).hasSize(16);
        UserAccount admin = accounts.findByUsername("admin").orElseThrow();
        assertThat(passwords.matches(printed, admin.getPasswordHash())).isTrue();
        assertThat(admin.getPasswordHash()).doesNotContain(printed);
    }

    private static String printedPassword(String log) {
        Matcher matcher = Pattern.compile("one-time password: (\\S+)").matcher(log);
        String last = null;
        while (matcher.find()) {
            last = matcher.group(1);
        }
        return last;
    }
}
