package nl.kring.audit;

import java.time.Instant;

/**
 * A security event as administrators read it.
 *
 * @param actor   who did it: a user name, {@code anonymous} before sign-in, {@code system} for Kring's own work
 * @param subject whom or what it concerns (a user name, a plugin id), may be null
 * @param address the network address the request came from, null for work without a request
 */
public record SecurityLogEntry(long id, Instant at, SecurityEventType type, String actor, String subject, String address,
                               String detail) {
}
