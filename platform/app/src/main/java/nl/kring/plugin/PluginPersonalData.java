package nl.kring.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.kring.base.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who installed or changed plugins (trainers, administrators), and whatever plugins keep about the person themselves
 * through the {@link nl.kring.api.privacy.PersonalDataProvider} extension point. Erasure puts a pseudonym in the
 * plugin log and asks every plugin to forget the person.
 */
@Component
class PluginPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;
    private final PluginPrivacy plugins;

    PluginPersonalData(JdbcTemplate jdbc, PluginPrivacy plugins) {
        this.jdbc = jdbc;
        this.plugins = plugins;
    }

    @Override
    public String section() {
        return "Plugins";
    }

    @Override
    public List<Map<String, Object>> export(long userId, String username) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(jdbc.queryForList("select at, action as plugin_action, plugin_id, version, detail from plugin_audit where actor = ?"
                + " order by at", username));
        rows.addAll(jdbc.queryForList("select plugin_id as installed_plugin, version, installed_at from installed_plugin"
                + " where installed_by = ?", username));
        rows.addAll(plugins.export(userId));
        return rows;
    }

    @Override
    public void erase(long userId, String username, String pseudonym) {
        jdbc.update("update plugin_audit set actor = ? where actor = ?", pseudonym, username);
        jdbc.update("update installed_plugin set installed_by = ? where installed_by = ?", pseudonym, username);
        plugins.erase(userId);
    }
}
