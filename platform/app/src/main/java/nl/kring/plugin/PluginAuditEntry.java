package nl.kring.plugin;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "plugin_audit")
class PluginAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(name = "plugin_id", nullable = false)
    private String pluginId;

    private String version;

    private String detail;

    protected PluginAuditEntry() {
    }

    PluginAuditEntry(Instant at, String actor, PluginAction action, String pluginId, String version, String detail) {
        this.at = at;
        this.actor = actor;
        this.action = action.name();
        this.pluginId = pluginId;
        this.version = version;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1997) + "...";
    }

    PluginAuditRecord record() {
        return new PluginAuditRecord(at, actor, PluginAction.valueOf(action), pluginId, version, detail);
    }
}
