package nl.kring.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import nl.kring.base.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records security events (each in its own transaction, so a refused action is on record too) and shows them to
 * administrators. Also written to the application log under {@code nl.kring.audit}, for a central log server.
 */
@Service
public class SecurityLog {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityLog.class);
    private final SecurityEventRepository events;
    private final Clock clock;

    SecurityLog(SecurityEventRepository events, Optional<Clock> clock) {
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Records an event done by the signed-in user (or {@code anonymous} / {@code system}). */
    @PermitAll
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(SecurityEventType type, String subject, String detail) {
        recordAs(actor(), type, subject, detail);
    }

    /** Records an event for a named actor, e.g. a sign-in attempt before anyone is signed in. */
    @PermitAll
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAs(String actor, SecurityEventType type, String subject, String detail) {
        String address = currentAddress();
        events.save(new SecurityEvent(clock.instant(), type, actor, subject, address, detail));
        LOG.info("security event {} actor={} subject={} address={} {}", type, oneLine(actor), oneLine(subject), address,
                oneLine(detail));
    }

    /** Values from users never start a line of their own in the application log (ASVS V7.3.1). */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}", " ");
    }

    /** The newest events of the last {@code days} days, newest first. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<SecurityLogEntry> latest(int days, int limit) {
        return events.findByOccurredAtAfterOrderByOccurredAtDescIdDesc(clock.instant().minus(Duration.ofDays(days)),
                PageRequest.of(0, limit)).stream().map(SecurityEvent::entry).toList();
    }

    /** How often an event happened in the last {@code window} (for the overview above the log). */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public long count(SecurityEventType type, Duration window) {
        return events.countByTypeAndOccurredAtAfter(type, clock.instant().minus(window));
    }

    /** The signed-in user, {@code system} for Kring's own work, {@code anonymous} before sign-in. */
    static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return currentAddress() == null ? "system" : "anonymous";
        }
        return authentication.getName();
    }

    private static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
