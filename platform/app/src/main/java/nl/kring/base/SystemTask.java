package nl.kring.base;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work Kring does on its own behalf when nobody is signed in (at start-up, on a schedule), e.g. mapping evidence
 * again after a course upgrade: it runs as the authenticated principal {@code system}, with no role, so it can read
 * what any signed-in user may read and nothing a role guards. Code already running for a user keeps their identity.
 */
public final class SystemTask {

    private SystemTask() {
    }

    public static <T> T run(Supplier<T> task) {
        SecurityContext current = SecurityContextHolder.getContext();
        if (current.getAuthentication() != null && current.getAuthentication().isAuthenticated()) {
            return task.get();
        }
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null, List.of()));
        SecurityContextHolder.setContext(system);
        try {
            return task.get();
        } finally {
            SecurityContextHolder.setContext(current);
        }
    }
}
