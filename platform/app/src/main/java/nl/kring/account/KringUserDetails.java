package nl.kring.account;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal: a snapshot of the account taken at sign-in. */
final class KringUserDetails implements UserDetails {

    private final UserSummary summary;
    private final String passwordHash;

    KringUserDetails(UserSummary summary, String passwordHash) {
        this.summary = summary;
        this.passwordHash = passwordHash;
    }

    UserSummary summary() {
        return summary;
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
}
