package nl.kring.plugin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.kring.api.activity.ActivityType;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;
import org.springframework.stereotype.Component;

/** The activity types the started plugins contribute, each with the plugin it comes from. */
@Component
class ActivityTypes {

    /** An activity type and its plugin. */
    record Registered(String pluginId, String type, ActivityType implementation) {
    }

    private final PluginManager plugins;
    private final PluginGuard guard;

    ActivityTypes(PluginManager plugins, PluginGuard guard) {
        this.plugins = plugins;
        this.guard = guard;
    }

    List<Registered> all() {
        List<Registered> all = new ArrayList<>();
        for (PluginWrapper plugin : plugins.getStartedPlugins()) {
            String pluginId = plugin.getPluginId();
            for (ActivityType type : plugins.getExtensions(ActivityType.class, pluginId)) {
                guard.call(pluginId, "type", type::type).ifPresent(name -> all.add(new Registered(pluginId, name, type)));
            }
        }
        return all;
    }

    Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        all().forEach(r -> names.add(r.type()));
        return names;
    }

    Optional<Registered> find(String type) {
        return all().stream().filter(r -> r.type().equals(type)).findFirst();
    }
}
