package nl.kring.plugin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this node in step with the plugin store that every Kring node shares: a plugin installed, upgraded, enabled,
 * disabled or uninstalled on another node takes effect here within {@code kring.plugins.sync-interval} (2 s by
 * default). Each poll is one small query (ids, versions, hashes, switches; no jars).
 */
@Component
class PluginSync {

    private static final Logger LOG = LoggerFactory.getLogger(PluginSync.class);

    private final PluginLifecycle lifecycle;

    PluginSync(PluginLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Scheduled(fixedDelayString = "${kring.plugins.sync-interval:2s}", initialDelayString = "${kring.plugins.sync-interval:2s}")
    void poll() {
        try {
            lifecycle.follow();
        } catch (RuntimeException e) {
            LOG.warn("Could not compare the plugins with the plugin store; trying again: {}", e.getMessage());
        }
    }
}
