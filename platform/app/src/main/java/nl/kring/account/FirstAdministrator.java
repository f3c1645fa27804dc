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
 * On the very first start (no administrator yet) creates the account {@code admin} without a password and prints a
 * single-use link, valid 24 hours, where the administrator chooses one. Until that is done, every start prints a new
 * link. Runs after the demo data, so a demo database (which has its own admin) gets no extra account.
 */
@Component
@Order(100)
class FirstAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final AccountService accounts;
    private final PasswordReset links;

    FirstAdministrator(AccountService accounts, PasswordReset links) {
        this.accounts = accounts;
        this.links = links;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.adminExists()) {
            accounts.newLinkIfNoPasswordChosen(USERNAME, TokenPurpose.FIRST_ADMINISTRATOR).ifPresent(this::print);
            return;
        }
        print(accounts.createWithLink(USERNAME, "Administrator", Set.of(Role.ADMIN), TokenPurpose.FIRST_ADMINISTRATOR).token());
    }

    private void print(String token) {
        LOG.warn("""

                ==================================================================
                 Kring's administrator account '{}' has no password yet.
                 Open this link within 24 hours and choose one:
                   {}
                 The link works once. Until a password is chosen, every start
                 of Kring prints a new link.
                ==================================================================""", USERNAME, links.link(token));
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
