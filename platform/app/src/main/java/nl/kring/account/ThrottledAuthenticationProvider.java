package nl.kring.account;

import java.time.Instant;
import java.util.Optional;

import nl.kring.audit.SecurityEventType;
import nl.kring.audit.SecurityLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a user name and password (Spring's {@link DaoAuthenticationProvider}: the same work for unknown names) after
 * asking {@link SignInThrottle} whether the name or address is locked, counts failures, and writes every attempt to
 * the security log. A locked name is refused without looking at the password, so guessing on gains nothing.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger LOG = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);
    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final SecurityLog log;
    private final UserAccountRepository accounts;
    private final PasswordPolicy policy;

    ThrottledAuthenticationProvider(KringUserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle,
                                    SecurityLog log, UserAccountRepository accounts, PasswordPolicy policy) {
        this.policy = policy;
        this.passwords = new DaoAuthenticationProvider(encoder);
        this.passwords.setUserDetailsService(users);
        this.passwords.setUserDetailsPasswordService(users);
        this.throttle = throttle;
        this.log = log;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName() == null ? "" : attempt.getName().strip();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        Optional<Instant> locked = throttle.lockedUntil(username, address);
        if (locked.isPresent()) {
            log.recordAs("anonymous", SecurityEventType.SIGN_IN_FAILED, knownName(username), "refused: locked until " + locked.get());
            throw new LockedException("Too many failed sign-ins; try again later");
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.cleared(username);
            boolean weak = policy.problem(String.valueOf(attempt.getCredentials()), signedIn.getName()).isPresent();
            if (weak) {
                // A password from before the current rules (or a common one): it works once more, to choose a new one.
                accounts.findByUsername(signedIn.getName()).ifPresent(account -> {
                    account.changePassword(account.getPasswordHash(), true);
                    accounts.save(account);
                });
            }
            log.recordAs(signedIn.getName(), SecurityEventType.SIGN_IN, signedIn.getName(),
                    weak ? "the password does not meet the rules: a new one must be chosen" : null);
            return signedIn;
        } catch (AuthenticationException failure) {
            counted(username, address, knownName(username));
            throw failure;
        }
    }

    private void counted(String username, String address, String subject) {
        log.recordAs("anonymous", SecurityEventType.SIGN_IN_FAILED, subject, "wrong user name or password");
        try {
            switch (throttle.failed(username, address)) {
                case ACCOUNT_LOCKED -> log.recordAs("system", SecurityEventType.ACCOUNT_LOCKED, subject,
                        "locked for " + throttle.lockout().toMinutes() + " minutes");
                case ADDRESS_BLOCKED -> log.recordAs("system", SecurityEventType.ADDRESS_BLOCKED, address,
                        "blocked for " + throttle.lockout().toMinutes() + " minutes");
                case COUNTED -> {
                }
            }
        } catch (DataAccessException raced) {
            LOG.warn("A failed sign-in could not be counted (another node counted one at the same moment): {}", raced.getMessage());
        }
    }

    /** The user name for the log when such an account exists; otherwise not (people type passwords into that field). */
    private String knownName(String username) {
        return accounts.findByUsername(username).isPresent() ? username : "(unknown user name)";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
