package nl.kring.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * From when a user's sessions count (user_account.sessions_valid_from): "sign out everywhere" and a password reset
 * move it to now; an erased account's sessions all end. Read for every request of a signed-in user, so each node keeps it for a few seconds; another node's
 * change is seen within {@link #FRESHNESS}.
 */
@Component
class SessionRevocations {

    static final Duration FRESHNESS = Duration.ofSeconds(5);
    private record Known(Optional<Instant> validFrom, Instant readAt) {
    }

    private final UserAccountRepository accounts;
    private final Clock clock;
    private final Map<Long, Known> known = new ConcurrentHashMap<>();

    SessionRevocations(UserAccountRepository accounts, Optional<Clock> clock) {
        this.accounts = accounts;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Sessions of this user that began before the returned moment are no longer valid. Called for every request of a
     * signed-in user, so it opens no transaction of its own: the cached answer needs none, and the query has its own.
     */
    Optional<Instant> validFrom(long userId) {
        Instant now = clock.instant();
        Known cached = known.get(userId);
        if (cached != null && cached.readAt().plus(FRESHNESS).isAfter(now)) {
            return cached.validFrom();
        }
        List<Object[]> state = accounts.sessionState(userId);
        // An erased account has no sessions left: every one of them began before "the end of time".
        Optional<Instant> validFrom = state.isEmpty() ? Optional.of(Instant.MAX) : Optional.ofNullable((Instant) state.get(0)[1]);
        known.put(userId, new Known(validFrom, now));
        if (known.size() > 50_000) {
            known.clear();
        }
        return validFrom;
    }

    /** The account is erased: its sessions end with their next request on this node (others see it within seconds). */
    void erased(long userId) {
        known.put(userId, new Known(Optional.of(Instant.MAX), clock.instant()));
    }

    /** Ends every session of the user that began before now (the caller saves the account). */
    Instant endAll(UserAccount account) {
        Instant now = clock.instant();
        account.endSessionsBefore(now);
        known.put(account.getId(), new Known(Optional.of(now), now));
        return now;
    }
}
