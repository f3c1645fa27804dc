package nl.kring.account;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import nl.kring.audit.SecurityEventType;
import nl.kring.audit.SecurityLog;
import nl.kring.base.Mailer;
import nl.kring.base.PublicAddress;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot your password?" (ASVS V2.5): a single-use link, valid an hour, e-mailed to the address on the account.
 * The answer to a request is the same whether or not such an account exists. The same link page lets invited people
 * and the first administrator choose their password. Choosing one ends every session of the account.
 */
@Service
public class PasswordReset {

    static final int MAX_REQUESTS_PER_HOUR = 3;
    private final UserAccountRepository accounts;
    private final AccountTokens tokens;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final SessionRevocations sessions;
    private final SignInThrottle throttle;
    private final Mailer mailer;
    private final PublicAddress address;
    private final SecurityLog log;
    private final AccountNotices notices;

    PasswordReset(UserAccountRepository accounts, AccountTokens tokens, PasswordPolicy policy, PasswordEncoder encoder,
                  SessionRevocations sessions, SignInThrottle throttle, Mailer mailer, PublicAddress address, SecurityLog log,
                  AccountNotices notices) {
        this.notices = notices;
        this.accounts = accounts;
        this.tokens = tokens;
        this.policy = policy;
        this.encoder = encoder;
        this.sessions = sessions;
        this.throttle = throttle;
        this.mailer = mailer;
        this.address = address;
        this.log = log;
    }

    /** Who a valid link is for, and why it was sent. */
    public record LinkHolder(String username, String displayName, boolean invitation) {
    }

    /**
     * Sends a reset link to the account with this user name or e-mail address, if there is one with an e-mail
     * address (at most {@value #MAX_REQUESTS_PER_HOUR} an hour). Says nothing about whether there is.
     */
    @PermitAll
    @Transactional
    public void request(String usernameOrEmail, String language) {
        String given = usernameOrEmail == null ? "" : usernameOrEmail.strip();
        if (given.isEmpty() || given.length() > 320) {
            return;
        }
        List<UserAccount> matches = given.contains("@") ? accounts.findByEmailIgnoreCase(given)
                : accounts.findByUsername(given.toLowerCase(Locale.ROOT)).or(() -> accounts.findByUsername(given)).stream().toList();
        if (matches.size() != 1) {
            log.record(SecurityEventType.PASSWORD_RESET_REQUESTED, null, matches.isEmpty() ? "no such account" : "e-mail address is not unique");
            return;
        }
        UserAccount account = matches.get(0);
        String username = account.getUsername();
        if (account.getEmail().isEmpty()) {
            log.record(SecurityEventType.PASSWORD_RESET_REQUESTED, username, "not sent: the account has no e-mail address");
        } else if (tokens.issuedInLastHour(account.getId(), TokenPurpose.RESET) >= MAX_REQUESTS_PER_HOUR) {
            log.record(SecurityEventType.PASSWORD_RESET_REQUESTED, username, "not sent: too many requests this hour");
        } else {
            String link = link(tokens.issue(account.getId(), TokenPurpose.RESET));
            Mailer.Outcome sent = mailer.send(account.getEmail().get(), subject(language), text(account, link, language));
            log.record(SecurityEventType.PASSWORD_RESET_REQUESTED, username, "e-mail: " + sent.name().toLowerCase(Locale.ROOT));
        }
    }

    /** Who the link is for, when it is still valid (not used, not expired). */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<LinkHolder> check(String token) {
        return tokens.find(token).flatMap(t -> accounts.findById(t.userId()).map(account ->
                new LinkHolder(account.getUsername(), account.getDisplayName(), t.purpose() != TokenPurpose.RESET)));
    }

    /**
     * Sets the password of the link's account, uses up its links, ends its sessions and clears its failed sign-ins.
     *
     * @return the user name, to sign in with
     * @throws IllegalArgumentException with a translation key: the link is no longer valid, or the password is refused
     */
    @PermitAll
    @Transactional
    public String choosePassword(String token, String password) {
        AccountToken link = tokens.find(token).orElseThrow(() -> new IllegalArgumentException("reset.error.link"));
        UserAccount account = accounts.findById(link.userId()).orElseThrow(() -> new IllegalArgumentException("reset.error.link"));
        policy.problem(password, account.getUsername()).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        account.changePassword(encoder.encode(password), false);
        sessions.endAll(account);
        tokens.useAll(account.getId());
        throttle.cleared(account.getUsername());
        log.recordAs(account.getUsername(), SecurityEventType.PASSWORD_RESET, account.getUsername(),
                link.purpose() == TokenPurpose.RESET ? "by e-mail link" : "first password chosen (" + link.purpose().name().toLowerCase(Locale.ROOT) + ")");
        if (link.purpose() == TokenPurpose.RESET) {
            notices.passwordChanged(account);
        }
        return account.getUsername();
    }

    /** The page where the link's holder chooses a password. */
    String link(String token) {
        return address.of("reset-password?token=" + token);
    }

    private static String subject(String language) {
        return "en".equals(language) ? "Choose a new Kring password" : "Kies een nieuw wachtwoord voor Kring";
    }

    private static String text(UserAccount account, String link, String language) {
        return "en".equals(language)
                ? "Dear " + account.getDisplayName() + ",\n\nSomeone (probably you) asked to reset the password of your Kring"
                + " account '" + account.getUsername() + "'. Choose a new password here within an hour:\n\n" + link
                + "\n\nThe link works once. If you did not ask for this, ignore this e-mail: your password stays as it is.\n\nKring\n"
                : "Beste " + account.getDisplayName() + ",\n\nIemand (waarschijnlijk jij) vroeg om het wachtwoord van je"
                + " Kring-account '" + account.getUsername() + "' opnieuw in te stellen. Kies binnen een uur een nieuw wachtwoord:\n\n"
                + link + "\n\nDe link werkt één keer. Heb je hier niet om gevraagd? Negeer dan deze e-mail: je wachtwoord blijft"
                + " zoals het is.\n\nKring\n";
    }
}
