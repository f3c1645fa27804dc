package nl.kring.plugin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;

/**
 * The implementations of one extension point that the started plugins contribute, each under the type name it
 * declares and with the plugin it comes from. Asking a plugin for its name goes through the guard like every call.
 */
abstract class ContributedTypes<T> {

    /** One implementation and its plugin. */
    record Registered<T>(String pluginId, String type, T implementation) {
    }

    private final PluginManager plugins;
    private final PluginGuard guard;
    private final Class<T> extensionPoint;
    private final Function<T, String> name;

    ContributedTypes(PluginManager plugins, PluginGuard guard, Class<T> extensionPoint, Function<T, String> name) {
        this.plugins = plugins;
        this.guard = guard;
        this.extensionPoint = extensionPoint;
        this.name = name;
    }

    List<Registered<T>> all() {
        List<Registered<T>> all = new ArrayList<>();
        for (PluginWrapper plugin : plugins.getStartedPlugins()) {
            String pluginId = plugin.getPluginId();
            for (T type : plugins.getExtensions(extensionPoint, pluginId)) {
                guard.call(pluginId, "type", () -> name.apply(type)).ifPresent(n -> all.add(new Registered<>(pluginId, n, type)));
            }
        }
        return all;
    }

    Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        all().forEach(r -> names.add(r.type()));
        return names;
    }

    Optional<Registered<T>> find(String type) {
        return all().stream().filter(r -> r.type().equals(type)).findFirst();
    }
}
