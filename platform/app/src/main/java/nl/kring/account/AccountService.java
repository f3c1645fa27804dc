package nl.kring.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import nl.kring.base.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and changes what a signed-in user may change about their own account. */
@Service
@Transactional
public class AccountService {

    static final int MIN_PASSWORD_LENGTH = 10;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
    }

    /** Creates an account; only administrators (or start-up code running as the system) may do this. */
    @RolesAllowed(Roles.ADMIN)
    public UserSummary create(String username, String displayName, String password, Set<Role> roles) {
        return createAccount(username, displayName, password, roles, false);
    }

    /**
     * Creates {@code count} learners named {@code prefix1 … prefixN} with one password, hashed once (for load tests with
     * the demo profile: hashing it per account would take minutes); accounts that exist already are left alone.
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public int createLearners(String prefix, int count, String password) {
        String hash = passwordEncoder.encode(password);
        int created = 0;
        for (int i = 1; i <= count; i++) {
            if (accounts.findByUsername(prefix + i).isEmpty()) {
                accounts.save(new UserAccount(prefix + i, "Load " + i, hash, Set.of(Role.LEARNER)));
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
        account.setEmail(address.isEmpty() ? null : address);
        accounts.save(account);
    }

    /** Used by start-up code (first admin, demo data), which runs before anyone signs in. */
    UserSummary createAccount(String username, String displayName, String password, Set<Role> roles, boolean oneTime) {
        if (accounts.findByUsername(username).isPresent()) {
            throw new IllegalArgumentException("username '" + username + "' is taken");
        }
        UserAccount account = new UserAccount(username, displayName, passwordEncoder.encode(password), roles);
        account.changePassword(account.getPasswordHash(), oneTime);
        return accounts.save(account).summary();
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
     * Changes the signed-in user's password after checking the current one.
     *
     * @throws IllegalArgumentException with a translation key when the current password is wrong or the new one too short
     */
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = accounts.findById(currentUser.require().id()).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new IllegalArgumentException("password.error.current");
        }
        if (newPassword == null || newPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("password.error.length");
        }
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new IllegalArgumentException("password.error.same");
        }
        account.changePassword(passwordEncoder.encode(newPassword), false);
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
