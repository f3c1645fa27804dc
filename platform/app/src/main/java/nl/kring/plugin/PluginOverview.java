package nl.kring.plugin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A plugin as the Plugins page lists it: its running state, who installed it and when, and the failures of its
 * code while running (newest first).
 */
public record PluginOverview(PluginStatus status, Optional<Instant> installedAt, Optional<String> installedBy,
                             Optional<String> sha256, List<PluginGuard.Incident> incidents) {

    public PluginOverview {
        incidents = List.copyOf(incidents);
    }

    /** Whether it is in the store (and so can be enabled, disabled, exported or uninstalled). */
    public boolean installed() {
        return sha256.isPresent();
    }
}
