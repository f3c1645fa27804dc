package nl.kring.account;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.kring.audit.SecurityEventType;
import nl.kring.audit.SecurityLog;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session (ASVS V3.3) when its absolute limit has passed ({@code kring.session.absolute-timeout},
 * counted from sign-in, however active the user is), or when the user's sessions were ended elsewhere ("sign out
 * everywhere", a password reset) after this one began. The request then goes on as anonymous: pages send it to the
 * sign-in page and Vaadin's client reloads. Inactivity ends a session too: {@code server.servlet.session.timeout}.
 */
class SessionLimits extends OncePerRequestFilter {

    /** When the signed-in user last proved their password in this session (a password change renews it). */
    static final String RENEWED_AT = "kring.session-renewed-at";
    private static final String ERASED = "the account was erased";
    private final SessionRevocations revocations;
    private final SecurityLog log;
    private final Duration absolute;
    private final Clock clock;

    SessionLimits(SessionRevocations revocations, SecurityLog log, Duration absolute,
                  Clock clock) {
        this.revocations = revocations;
        this.log = log;
        this.absolute = absolute;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = session == null ? null : SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof KringUserDetails user) {
            endedBecause(user, session).ifPresent(reason -> {
                session.invalidate();
                SecurityContextHolder.clearContext();
                // An erased person's name must not come back into the log through their last session.
                String who = reason.equals(ERASED) ? "(erased account)" : user.getUsername();
                log.recordAs(who, SecurityEventType.SESSION_ENDED, who, reason);
            });
        }
        chain.doFilter(request, response);
    }

    private Optional<String> endedBecause(KringUserDetails user, HttpSession session) {
        Instant now = clock.instant();
        if (user.signedInAt().plus(absolute).isBefore(now)) {
            return Optional.of("the session reached its limit of " + absolute.toHours() + " hours");
        }
        Instant began = session.getAttribute(RENEWED_AT) instanceof Instant renewed && renewed.isAfter(user.signedInAt())
                ? renewed : user.signedInAt();
        return revocations.validFrom(user.summary().id()).filter(began::isBefore)
                .map(from -> from.equals(Instant.MAX) ? ERASED : "the user's sessions were ended elsewhere");
    }

    /** Keeps the current session valid after its user ended all others (e.g. by changing their password). */
    static void renewCurrentSession(Instant at) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            if (session != null) {
                session.setAttribute(RENEWED_AT, at);
            }
        }
    }
}
