package nl.kring.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The security principal: a snapshot of the account taken at sign-in, with the moment of sign-in (for the absolute
 * session limit). The password hash is dropped once the sign-in is checked, so it is never kept in a session.
 */
final class KringUserDetails implements UserDetails, CredentialsContainer {

    private final UserSummary summary;
    private final Instant signedInAt;
    private String passwordHash;

    KringUserDetails(UserSummary summary, String passwordHash, Instant signedInAt) {
        this.summary = summary;
        this.passwordHash = passwordHash;
        this.signedInAt = signedInAt;
    }

    UserSummary summary() {
        return summary;
    }

    Instant signedInAt() {
        return signedInAt;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = summary.roles().stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return summary.username();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
