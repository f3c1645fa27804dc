package nl.kring.account;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user, read from Spring Security's context. */
@Component
public class CurrentUser {

    public Optional<UserSummary> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof KringUserDetails details) {
            return Optional.of(details.summary());
        }
        return Optional.empty();
    }

    /** @throws IllegalStateException when nobody is signed in (a guarded method was reached without a user) */
    public UserSummary require() {
        return get().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }
}
