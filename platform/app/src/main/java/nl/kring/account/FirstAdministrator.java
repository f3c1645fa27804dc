package nl.kring.account;

import java.security.SecureRandom;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the very first start (no administrator yet) creates the account {@code admin} with a random one-time
 * password, printed once to the log; the administrator must choose a new password after signing in.
 * Runs after the demo data, so a demo database (which has its own admin) gets no extra account.
 */
@Component
@Order(100)
class FirstAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final AccountService accounts;

    FirstAdministrator(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.adminExists()) {
            return;
        }
        String password = randomPassword();
        accounts.createAccount(USERNAME, "Administrator", password, Set.of(Role.ADMIN), true);
        LOG.warn("""

                ==================================================================
                 Kring created the first administrator account.
                   username: {}
                   one-time password: {}
                 Sign in and choose a new password. This is shown only once.
                ==================================================================""", USERNAME, password);
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
