package nl.kring.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import nl.kring.audit.SecurityEventType;
import nl.kring.audit.SecurityLog;
import nl.kring.base.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and changes what a signed-in user may change about their own account. */
@Service
@Transactional
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final PasswordPolicy policy;
    private final SessionRevocations sessions;
    private final AccountTokens tokens;
    private final SecurityLog log;
    private final AccountNotices notices;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser, PasswordPolicy policy,
                   SessionRevocations sessions, AccountTokens tokens, SecurityLog log, AccountNotices notices) {
        this.notices = notices;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.policy = policy;
        this.sessions = sessions;
        this.tokens = tokens;
        this.log = log;
    }

    /** Creates an account; only administrators (or start-up code running as the system) may do this. */
    @RolesAllowed(Roles.ADMIN)
    public UserSummary create(String username, String displayName, String password, Set<Role> roles) {
        return createAccount(username, displayName, password, roles, false);
    }

    /**
     * Creates {@code count} learners named {@code prefix1 … prefixN} with one password (for load tests with the demo
     * profile), each hashed with a salt of its own; accounts that exist already are left alone.
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public int createLearners(String prefix, int count, String password) {
        int created = 0;
        for (int i = 1; i <= count; i++) {
            if (accounts.findByUsername(prefix + i).isEmpty()) {
                accounts.save(new UserAccount(prefix + i, "Load " + i, passwordEncoder.encode(password), Set.of(Role.LEARNER)));
                created++;
            }
        }
        return created;
    }

    /** Sets where a user's reminders go (administrators, and start-up code running as the system). */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void changeEmail(long userId, String email) {
        String address = email == null ? "" : email.strip();
        if (!address.isEmpty() && !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("'" + address + "' is not an e-mail address");
        }
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new IllegalArgumentException("no user " + userId));
        String before = account.getEmail().orElse("");
        boolean changed = !before.equals(address);
        account.setEmail(address.isEmpty() ? null : address);
        accounts.save(account);
        if (changed) {
            log.record(SecurityEventType.EMAIL_CHANGED, account.getUsername(), address.isEmpty() ? "removed" : "set");
            notices.emailChanged(account, before);
        }
    }

    /** Used by start-up code (first admin, demo data), which runs before anyone signs in. */
    UserSummary createAccount(String username, String displayName, String password, Set<Role> roles, boolean oneTime) {
        if (accounts.findByUsername(username).isPresent()) {
            throw new IllegalArgumentException("username '" + username + "' is taken");
        }
        UserAccount account = new UserAccount(username, displayName, passwordEncoder.encode(password), roles);
        account.changePassword(account.getPasswordHash(), oneTime);
        UserSummary created = accounts.save(account).summary();
        log.record(SecurityEventType.ACCOUNT_CREATED, username, "roles: " + roles.stream().map(Role::name).sorted().toList());
        return created;
    }

    /**
     * Creates an account whose owner chooses the password through a single-use link (an invitation, the first
     * administrator): until then no password signs in.
     *
     * @return the account and the secret of its link
     */
    AccountWithLink createWithLink(String username, String displayName, Set<Role> roles, TokenPurpose purpose) {
        UserSummary user = createAccount(username, displayName, FirstAdministrator.randomPassword() + FirstAdministrator.randomPassword(),
                roles, true);
        return new AccountWithLink(user, tokens.issue(user.id(), purpose));
    }

    /** A new link for an account whose owner has not chosen a password yet (the first administrator, at each start). */
    Optional<String> newLinkIfNoPasswordChosen(String username, TokenPurpose purpose) {
        return accounts.findByUsername(username).filter(UserAccount::isMustChangePassword)
                .map(account -> tokens.issue(account.getId(), purpose));
    }

    record AccountWithLink(UserSummary user, String token) {
    }

    /** The names people see for these users (trainers and team leads see whose work they look at). */
    @RolesAllowed({Roles.TRAINER, Roles.TEAM_LEAD, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> ids) {
        return names(ids);
    }

    /**
     * The names of the trainers who observed the signed-in learner (a learner may read who assessed them, nothing
     * else about other accounts).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, String> observerNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        accounts.findAllById(ids).stream().map(UserAccount::summary)
                .filter(user -> user.roles().contains(Role.TRAINER) || user.roles().contains(Role.ADMIN))
                .forEach(user -> names.put(user.id(), user.displayName()));
        return names;
    }

    /** A learner account by user name, for trainers who record an observation. */
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Optional<UserSummary> findLearner(String username) {
        return accounts.findByUsername(username).map(UserAccount::summary).filter(user -> user.roles().contains(Role.LEARNER));
    }

    /** Every account, by name, for administrators putting people in teams. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<UserSummary> users() {
        return accounts.findAll().stream().map(UserAccount::summary)
                .sorted(java.util.Comparator.comparing(UserSummary::displayName)).toList();
    }

    /** Every learner, by name, for trainers choosing whom they observed. */
    @RolesAllowed({Roles.TRAINER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<UserSummary> learners() {
        return accounts.findAll().stream().map(UserAccount::summary).filter(user -> user.roles().contains(Role.LEARNER))
                .sorted(java.util.Comparator.comparing(UserSummary::displayName)).toList();
    }

    private Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        accounts.findAllById(ids).forEach(account -> names.put(account.summary().id(), account.summary().displayName()));
        return names;
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public Optional<UserSummary> findByUsername(String username) {
        return accounts.findByUsername(username).map(UserAccount::summary);
    }

    /**
     * Changes the signed-in user's password after checking the current one ({@link PasswordPolicy}); every other
     * session of the user ends, this one goes on.
     *
     * @throws IllegalArgumentException with a translation key when the current password is wrong or the new one refused
     */
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = accounts.findById(currentUser.require().id()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            log.record(SecurityEventType.PASSWORD_CHANGED, account.getUsername(), "refused: the current password was wrong");
            throw new IllegalArgumentException("password.error.current");
        }
        policy.problem(newPassword, account.getUsername()).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new IllegalArgumentException("password.error.same");
        }
        account.changePassword(passwordEncoder.encode(newPassword), false);
        SessionLimits.renewCurrentSession(sessions.endAll(account));
        tokens.useAll(account.getId());
        log.record(SecurityEventType.PASSWORD_CHANGED, account.getUsername(), "other sessions ended");
        notices.passwordChanged(account);
    }

    /** Ends every session of the signed-in user, on every device (the caller signs this one out). */
    @PreAuthorize("isAuthenticated()")
    public void signOutEverywhere() {
        UserAccount account = accounts.findById(currentUser.require().id()).orElseThrow();
        sessions.endAll(account);
        log.record(SecurityEventType.SIGNED_OUT_EVERYWHERE, account.getUsername(), null);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return currentUser.get().flatMap(u -> accounts.findById(u.id())).map(UserAccount::isMustChangePassword).orElse(false);
    }

    @PreAuthorize("isAuthenticated()")
    public void savePreferredLanguage(Locale locale) {
        currentUser.get().flatMap(u -> accounts.findById(u.id()))
                .ifPresent(account -> account.setPreferredLanguage(locale.getLanguage()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Locale> preferredLanguage() {
        return currentUser.get().flatMap(u -> accounts.findById(u.id()))
                .map(UserAccount::getPreferredLanguage).map(Locale::forLanguageTag);
    }

    boolean adminExists() {
        return accounts.existsByRolesContains(Role.ADMIN);
    }
}
