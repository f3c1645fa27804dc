package nl.kring.plugin;

/** What the plugin store says of a plugin, without its jar: enough to see whether a node is behind. */
record StoredPluginState(String pluginId, String version, String sha256, boolean enabled) {

    static StoredPluginState of(StoredPlugin plugin) {
        return new StoredPluginState(plugin.getPluginId(), plugin.getVersion(), plugin.getSha256(), plugin.isEnabled());
    }
}
