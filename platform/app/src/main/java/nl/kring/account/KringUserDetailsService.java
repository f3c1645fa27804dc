package nl.kring.account;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for sign-in, and stores the stronger hash when an old (bcrypt) one was used to sign in. */
@Component
class KringUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserAccountRepository accounts;
    private final Clock clock;

    KringUserDetailsService(UserAccountRepository accounts, Optional<Clock> clock) {
        this.accounts = accounts;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return new KringUserDetails(account.summary(), account.getPasswordHash(), clock.instant());
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newHash) {
        accounts.findByUsername(user.getUsername()).ifPresent(account -> account.changePassword(newHash, account.isMustChangePassword()));
        return user;
    }
}
