package nl.kring.audit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Refused service calls and requests of signed-in users go into the security log (ASVS V7.1.3, V7.2.2): Spring
 * Security publishes an event for each refusal ({@link AuthorizationEvents}). Refusals of visitors who are not signed
 * in are the normal way to the sign-in page and are not logged.
 */
@Component
class AccessDenials {

    /** Looked up when a refusal happens, so that the log and its database are not created early with the security set-up. */
    private final ObjectProvider<SecurityLog> log;

    AccessDenials(ObjectProvider<SecurityLog> log) {
        this.log = log;
    }

    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        Authentication who = event.getAuthentication().get();
        if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
            return;
        }
        log.getObject().recordAs(who.getName(), SecurityEventType.ACCESS_DENIED, null, describe(event.getSource()));
    }

    private static String describe(Object source) {
        if (source instanceof org.aopalliance.intercept.MethodInvocation call) {
            return "service " + call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName();
        }
        if (source instanceof jakarta.servlet.http.HttpServletRequest request) {
            return "request " + request.getMethod() + " " + request.getRequestURI();
        }
        return String.valueOf(source);
    }
}
