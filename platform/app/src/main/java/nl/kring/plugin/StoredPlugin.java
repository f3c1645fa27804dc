package nl.kring.plugin;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An installed plugin jar as the database keeps it. */
@Entity
@Table(name = "installed_plugin")
class StoredPlugin {

    @Id
    @Column(name = "plugin_id")
    private String pluginId;

    @Column(nullable = false)
    private String version;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private byte[] jar;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "installed_at", nullable = false)
    private Instant installedAt;

    @Column(name = "installed_by", nullable = false)
    private String installedBy;

    protected StoredPlugin() {
    }

    StoredPlugin(String pluginId) {
        this.pluginId = pluginId;
    }

    void replace(String version, String sha256, byte[] jar, String actor, Instant at) {
        this.version = version;
        this.sha256 = sha256;
        this.jar = jar.clone();
        this.sizeBytes = jar.length;
        this.enabled = true;
        this.installedAt = at;
        this.installedBy = actor;
    }

    String getPluginId() {
        return pluginId;
    }

    String getVersion() {
        return version;
    }

    String getSha256() {
        return sha256;
    }

    byte[] getJar() {
        return jar.clone();
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    Instant getInstalledAt() {
        return installedAt;
    }

    String getInstalledBy() {
        return installedBy;
    }
}
