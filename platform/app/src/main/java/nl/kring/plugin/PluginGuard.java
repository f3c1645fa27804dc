package nl.kring.plugin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every call into plugin code goes through here (as Jenkins' {@code Listeners.notify} does): whatever the plugin
 * throws — exceptions, linkage errors, stack overflows — is caught, logged and kept as an incident for the Plugins
 * page, and the caller gets an empty result to show a friendly message for that part only.
 */
@Component
public class PluginGuard {

    /** One failure of plugin code. */
    public record Incident(String pluginId, String hook, String message, Instant at) {
    }

    static final int KEPT = 200;
    private static final Logger LOG = LoggerFactory.getLogger(PluginGuard.class);
    private final Deque<Incident> incidents = new ArrayDeque<>();
    private final Clock clock = Clock.systemUTC();

    /** Calls plugin code; empty when it failed (the failure is logged and recorded). */
    public <T> Optional<T> call(String pluginId, String hook, Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            LOG.error("Plugin {} failed in {}: {}", pluginId, hook, message, e);
            synchronized (incidents) {
                incidents.addFirst(new Incident(pluginId, hook, message, clock.instant()));
                while (incidents.size() > KEPT) {
                    incidents.removeLast();
                }
            }
            return Optional.empty();
        }
    }

    /** The latest incidents of a plugin, newest first. */
    public List<Incident> incidents(String pluginId) {
        synchronized (incidents) {
            return incidents.stream().filter(i -> i.pluginId().equals(pluginId)).toList();
        }
    }
}
