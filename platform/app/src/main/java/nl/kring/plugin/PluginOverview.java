package nl.kring.plugin;

import java.time.Instant;
import java.util.Optional;

/** A plugin as the Plugins page lists it: its running state and, when installed, who installed it and when. */
public record PluginOverview(PluginStatus status, Optional<Instant> installedAt, Optional<String> installedBy,
                             Optional<String> sha256) {

    /** Whether it is in the store (and so can be enabled, disabled, exported or uninstalled). */
    public boolean installed() {
        return sha256.isPresent();
    }
}
