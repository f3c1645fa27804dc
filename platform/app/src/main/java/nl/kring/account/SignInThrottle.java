package nl.kring.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing (ASVS V2.2.1): after {@code kring.sign-in.account-failures} failed sign-ins for one
 * user name within {@code kring.sign-in.window}, that user name is locked for {@code kring.sign-in.lockout}; after
 * {@code kring.sign-in.address-failures} from one network address, that address is. User names that do not exist are
 * counted and locked the same way, so a lock tells nothing about which accounts exist. Kept in the database, so
 * every node of a cluster sees the same counts.
 */
@Component
class SignInThrottle {

    /** What a failed attempt led to. */
    enum Outcome { COUNTED, ACCOUNT_LOCKED, ADDRESS_BLOCKED }

    private final ThrottleRepository entries;
    private final Clock clock;
    private final int accountLimit;
    private final int addressLimit;
    private final Duration window;
    private final Duration lockout;

    SignInThrottle(ThrottleRepository entries, Optional<Clock> clock,
                   @Value("${kring.sign-in.account-failures:5}") int accountLimit,
                   @Value("${kring.sign-in.address-failures:50}") int addressLimit,
                   @Value("${kring.sign-in.window:15m}") Duration window,
                   @Value("${kring.sign-in.lockout:15m}") Duration lockout) {
        this.entries = entries;
        this.clock = clock.orElse(Clock.systemUTC());
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
        this.window = window;
        this.lockout = lockout;
    }

    Duration lockout() {
        return lockout;
    }

    /** Until when sign-in for this user name, or from this address, is refused without looking at the password. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        Optional<Instant> account = entries.findById(accountKey(username)).flatMap(e -> e.lockedUntil(now));
        Optional<Instant> from = address == null ? Optional.empty()
                : entries.findById(addressKey(address)).flatMap(e -> e.lockedUntil(now));
        return account.isPresent() ? account : from;
    }

    /** Counts a failed sign-in for the user name and the address. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Outcome failed(String username, String address) {
        Instant now = clock.instant();
        boolean accountLocked = fail(accountKey(username), accountLimit, now);
        boolean addressBlocked = address != null && fail(addressKey(address), addressLimit, now);
        return accountLocked ? Outcome.ACCOUNT_LOCKED : addressBlocked ? Outcome.ADDRESS_BLOCKED : Outcome.COUNTED;
    }

    /** A successful sign-in (or a password reset) clears the user name's failures; an address's count runs on. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void cleared(String username) {
        entries.deleteById(accountKey(username));
    }

    private boolean fail(String key, int limit, Instant now) {
        ThrottleEntry entry = entries.lockByKey(key).orElseGet(() -> create(key, now));
        boolean locked = entry.fail(now, limit, window, lockout);
        entries.save(entry);
        return locked;
    }

    /** Two nodes inserting the same key at the same moment: one fails on the primary key (the caller logs it). */
    private ThrottleEntry create(String key, Instant now) {
        return entries.saveAndFlush(new ThrottleEntry(key, now));
    }

    static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
