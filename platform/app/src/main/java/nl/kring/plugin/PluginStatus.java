package nl.kring.plugin;

import java.nio.file.Path;

/**
 * What the host knows about one plugin jar.
 *
 * @param pluginId the {@code Plugin-Id}, or the file name when the jar could not be read at all
 * @param version  the {@code Plugin-Version}, or empty when unknown
 * @param problem  why the plugin is not active, in words an administrator can act on; empty when active
 */
public record PluginStatus(String pluginId, String version, String title, Path file, State state, String problem) {

    public enum State {
        /** Checked and in use. */
        ACTIVE,
        /** Installed, but switched off by an administrator or trainer. */
        DISABLED,
        /** Not in use: the jar, its descriptor or its content is broken, or it needs another platform version. */
        FAILED
    }

    static PluginStatus active(String pluginId, String version, String title, Path file) {
        return new PluginStatus(pluginId, version, title, file, State.ACTIVE, "");
    }

    static PluginStatus failed(String pluginId, String version, Path file, String problem) {
        return new PluginStatus(pluginId, version, "", file, State.FAILED, problem);
    }
}
