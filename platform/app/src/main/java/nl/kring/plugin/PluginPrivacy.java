package nl.kring.plugin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.kring.api.privacy.PersonalDataProvider;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;
import org.springframework.stereotype.Component;

/** Asks every started plugin that keeps personal data of its own ({@link PersonalDataProvider}) to export or erase it. */
@Component
class PluginPrivacy {

    private final PluginManager plugins;
    private final PluginGuard guard;

    PluginPrivacy(PluginManager plugins, PluginGuard guard) {
        this.plugins = plugins;
        this.guard = guard;
    }

    /** The person's reference for plugins: stable for the account's life, and nothing else about them. */
    static String personRef(long userId) {
        return "kring-user-" + userId;
    }

    List<Map<String, Object>> export(long userId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PluginWrapper plugin : plugins.getStartedPlugins()) {
            String pluginId = plugin.getPluginId();
            for (PersonalDataProvider provider : plugins.getExtensions(PersonalDataProvider.class, pluginId)) {
                guard.call(pluginId, "exportPersonalData", () -> provider.exportPersonalData(personRef(userId))).ifPresentOrElse(
                        given -> given.forEach(row -> {
                            Map<String, Object> labelled = new LinkedHashMap<>();
                            labelled.put("plugin", pluginId);
                            labelled.putAll(row);
                            rows.add(labelled);
                        }),
                        () -> rows.add(Map.of("plugin", pluginId, "problem", "this plugin could not export its data; ask an administrator")));
            }
        }
        return rows;
    }

    /** @throws IllegalStateException when a plugin could not forget the person: the erasure must not go on */
    void erase(long userId) {
        for (PluginWrapper plugin : plugins.getStartedPlugins()) {
            String pluginId = plugin.getPluginId();
            for (PersonalDataProvider provider : plugins.getExtensions(PersonalDataProvider.class, pluginId)) {
                guard.call(pluginId, "erasePersonalData", () -> {
                    provider.erasePersonalData(personRef(userId));
                    return Boolean.TRUE;
                }).orElseThrow(() -> new IllegalStateException("plugin " + pluginId + " could not erase the person's data (see the"
                        + " Plugins page); nothing was erased"));
            }
        }
    }
}
