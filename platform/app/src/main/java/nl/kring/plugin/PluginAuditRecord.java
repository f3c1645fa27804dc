package nl.kring.plugin;

import java.time.Instant;

/** One line of the plugin audit log. */
public record PluginAuditRecord(Instant at, String actor, PluginAction action, String pluginId, String version,
                                String detail) {
}
