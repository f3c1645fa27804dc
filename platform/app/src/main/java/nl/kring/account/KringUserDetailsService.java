package nl.kring.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class KringUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    KringUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return new KringUserDetails(account.summary(), account.getPasswordHash());
    }
}
