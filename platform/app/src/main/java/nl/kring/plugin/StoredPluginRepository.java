package nl.kring.plugin;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredPluginRepository extends JpaRepository<StoredPlugin, String> {

    /** Every installed plugin's version, hash and switch, without the jars (polled every few seconds by each node). */
    @Query("select new nl.kring.plugin.StoredPluginState(p.pluginId, p.version, p.sha256, p.enabled) from StoredPlugin p")
    List<StoredPluginState> states();
}
