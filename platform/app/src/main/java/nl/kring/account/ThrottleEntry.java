package nl.kring.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Failed sign-ins for one account or one network address within the current window, and a lock if there is one. */
@Entity
@Table(name = "sign_in_throttle")
class ThrottleEntry {

    @Id
    @Column(name = "throttle_key", length = 300)
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected ThrottleEntry() {
    }

    ThrottleEntry(String key, Instant now) {
        this.key = key;
        this.windowStart = now;
    }

    Optional<Instant> lockedUntil(Instant now) {
        return Optional.ofNullable(lockedUntil).filter(now::isBefore);
    }

    /** Counts a failure; true when it reaches {@code limit} within {@code window}, which locks until now + lockout. */
    boolean fail(Instant now, int limit, Duration window, Duration lockout) {
        if (windowStart.plus(window).isBefore(now)) {
            windowStart = now;
            failures = 0;
        }
        failures++;
        if (failures >= limit) {
            lockedUntil = now.plus(lockout);
            failures = 0;
            windowStart = now;
            return true;
        }
        return false;
    }
}
