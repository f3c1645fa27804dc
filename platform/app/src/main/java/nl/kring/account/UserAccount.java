package nl.kring.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "preferred_language")
    private String preferredLanguage;

    /** Where reminders go; may be null. */
    @Column(length = 320)
    private String email;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Sessions that began before this moment are ended (sign out everywhere, password reset); null: none ended. */
    @Column(name = "sessions_valid_from")
    private Instant sessionsValidFrom;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    String getPreferredLanguage() {
        return preferredLanguage;
    }

    Set<Role> getRoles() {
        return roles;
    }

    void changePassword(String newHash, boolean oneTime) {
        this.passwordHash = newHash;
        this.mustChangePassword = oneTime;
    }

    Instant getSessionsValidFrom() {
        return sessionsValidFrom;
    }

    void endSessionsBefore(Instant moment) {
        this.sessionsValidFrom = moment;
    }

    void setEmail(String email) {
        this.email = email;
    }

    java.util.Optional<String> getEmail() {
        return java.util.Optional.ofNullable(email).filter(e -> !e.isBlank());
    }

    void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    UserSummary summary() {
        return new UserSummary(id, username, displayName, Set.copyOf(roles));
    }
}
