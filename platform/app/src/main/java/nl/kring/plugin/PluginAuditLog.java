package nl.kring.plugin;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import nl.kring.audit.SecurityEventType;
import nl.kring.audit.SecurityLog;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the plugin audit log in its own transaction, so that a refused install is recorded too. */
@Component
class PluginAuditLog {

    static final String SYSTEM = "system";
    private final PluginAuditRepository entries;
    private final SecurityLog securityLog;
    private final Clock clock;

    PluginAuditLog(PluginAuditRepository entries, SecurityLog securityLog, Optional<Clock> clock) {
        this.entries = entries;
        this.securityLog = securityLog;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Records a plugin change here (for the Plugins page) and in the security log (plugins run code). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void record(PluginAction action, String pluginId, String version, String detail) {
        entries.save(new PluginAuditEntry(clock.instant(), actor(), action, pluginId, version, detail));
        securityLog.record(SecurityEventType.PLUGIN_CHANGED, pluginId, action.name().toLowerCase(java.util.Locale.ROOT)
                + (version == null ? "" : " " + version) + (detail == null ? "" : ": " + detail));
    }

    @Transactional(readOnly = true)
    List<PluginAuditRecord> latest(int limit) {
        return entries.findByOrderByAtDescIdDesc(PageRequest.of(0, limit)).stream().map(PluginAuditEntry::record).toList();
    }

    /** The signed-in user, or "system" for start-up work. */
    static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }

    java.time.Instant now() {
        return clock.instant();
    }
}
