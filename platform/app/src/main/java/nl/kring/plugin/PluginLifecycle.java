package nl.kring.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import nl.kring.api.KringApi;
import nl.kring.base.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Installs, upgrades, enables, disables, exports and uninstalls plugins at runtime, without a restart.
 * The database is the plugin store (jar bytes, version, hash, enabled); the plugins folder caches the jars for
 * PF4J. Every upload goes through the same checks as the linter before it can be installed, and every change is
 * written to the audit log with who and when.
 */
@Service
public class PluginLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PluginLifecycle.class);
    private final StoredPluginRepository store;
    private final PluginAuditLog audit;
    private final PluginHost host;
    private final InstallPlanner planner;
    private final PluginProperties properties;
    private final PluginGuard guard;
    /** Activity plugins before courses: courses are checked against the activity types those provide. */
    private static final Comparator<String> ACTIVITY_PLUGINS_FIRST =
            Comparator.comparing(InstallPlanner::isCourse).thenComparing(Comparator.naturalOrder());
    /** What this node last took from the store, by plugin id; null until {@link #startUp} ran. */
    private Map<String, StoredPluginState> applied;

    PluginLifecycle(StoredPluginRepository store, PluginAuditLog audit, PluginHost host, InstallPlanner planner,
                    PluginProperties properties, PluginGuard guard) {
        this.store = store;
        this.audit = audit;
        this.host = host;
        this.planner = planner;
        this.properties = properties;
        this.guard = guard;
    }

    /**
     * At start: installs bundled jars and jars dropped into the plugins folder when they are new or newer, then
     * activates every enabled plugin from the store.
     */
    @Transactional
    synchronized void startUp() throws IOException {
        Path dir = Files.createDirectories(properties.dir().toAbsolutePath());
        if (properties.bundledDir() != null && !properties.bundledDir().toString().isBlank()) {
            importFolder(properties.bundledDir(), "bundled with this build", true, false);
        }
        importFolder(dir, "found in the plugins folder", false, true);
        List<StoredPlugin> installed = store.findAll().stream()
                .sorted(Comparator.comparing(StoredPlugin::getPluginId, ACTIVITY_PLUGINS_FIRST)).toList();
        for (StoredPlugin plugin : installed) {
            Path jar = materialize(plugin);
            if (!host.isLoaded(plugin.getPluginId())) {
                bringUp(plugin, jar);
            }
        }
        // What this node now runs counts once committed: a poll before that would see an empty store and unload it all.
        Map<String, StoredPluginState> loaded = new HashMap<>();
        installed.forEach(plugin -> loaded.put(plugin.getPluginId(), StoredPluginState.of(plugin)));
        afterCommit(() -> {
            synchronized (this) {
                applied = loaded;
            }
        });
        LOG.info("Plugins: {} installed, platform API {}", installed.size(), KringApi.VERSION);
    }

    /**
     * Brings this node in line with the plugin store after another node changed it: loads what was installed or
     * upgraded, switches on or off what was enabled or disabled, unloads what was uninstalled.
     *
     * @return how many plugins changed here
     */
    @Transactional(readOnly = true)
    synchronized int follow() {
        if (applied == null) {
            return 0;
        }
        Map<String, StoredPluginState> now = store.states().stream()
                .collect(Collectors.toMap(StoredPluginState::pluginId, Function.identity()));
        if (now.equals(applied)) {
            return 0;
        }
        int changed = 0;
        // Courses go before the activity plugins they need, and come back after them.
        for (String gone : applied.keySet().stream().filter(id -> !now.containsKey(id))
                .sorted(ACTIVITY_PLUGINS_FIRST.reversed()).toList()) {
            host.deactivate(gone);
            deleteQuietly(jarPath(gone, applied.remove(gone).version()));
            LOG.info("Plugin {} was uninstalled on another node; unloaded here", gone);
            changed++;
        }
        for (StoredPluginState state : now.values().stream()
                .sorted(Comparator.comparing(StoredPluginState::pluginId, ACTIVITY_PLUGINS_FIRST)).toList()) {
            StoredPluginState before = applied.get(state.pluginId());
            if (state.equals(before)) {
                continue;
            }
            StoredPlugin plugin = installed(state.pluginId());
            Path jar = materialize(plugin);
            host.deactivate(plugin.getPluginId());
            bringUp(plugin, jar);
            if (before != null && !before.version().equals(plugin.getVersion())) {
                deleteQuietly(jarPath(plugin.getPluginId(), before.version()));
            }
            applied.put(state.pluginId(), state);
            LOG.info("Plugin {} {} ({}) changed on another node; applied here", plugin.getPluginId(), plugin.getVersion(),
                    plugin.isEnabled() ? "enabled" : "disabled");
            changed++;
        }
        return changed;
    }

    /**
     * Notes a change this node made itself, so that {@link #follow} does not apply it again — once committed: until
     * then the store still shows the old state, and so does {@code applied}.
     */
    private void applied(String pluginId, StoredPluginState state) {
        Runnable note = () -> {
            synchronized (this) {
                if (applied != null) {
                    if (state == null) {
                        applied.remove(pluginId);
                    } else {
                        applied.put(pluginId, state);
                    }
                }
            }
        };
        afterCommit(note);
    }

    private static void afterCommit(Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }

    private void applied(StoredPlugin plugin) {
        applied(plugin.getPluginId(), StoredPluginState.of(plugin));
    }

    /** Activates a stored plugin whose jar is in place, or lists it as switched off. */
    private void bringUp(StoredPlugin plugin, Path jar) {
        if (plugin.isEnabled()) {
            host.activate(jar);
        } else {
            host.recordDisabled(plugin.getPluginId(), plugin.getVersion(), jar);
        }
    }

    /**
     * Installs the jars of a folder that are new or newer than what is installed.
     *
     * @param rebuildsOfSameVersionCount whether a jar of the installed version with other bytes replaces it (a course
     *                                   rebuilt while authoring, shipped with this build)
     * @param reportFailures             whether refused jars are listed as failed plugins (the plugins folder) or only logged
     */
    private void importFolder(Path folder, String origin, boolean rebuildsOfSameVersionCount, boolean reportFailures)
            throws IOException {
        if (!Files.isDirectory(folder)) {
            LOG.warn("Plugin folder {} does not exist; nothing {} (build it with ./mvnw install)", folder, origin);
            return;
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(folder)) {
            jars = files.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p)).sorted().toList();
        }
        // One cheap pass over each jar: its id (to order activity plugins before courses, whose activity types they
        // provide) and its hash (an unchanged jar is already installed and needs no full check at every start).
        Map<Path, byte[]> contents = new LinkedHashMap<>();
        Map<Path, JarInspector.Inspection> inspected = new LinkedHashMap<>();
        for (Path jar : jars) {
            byte[] bytes = Files.readAllBytes(jar);
            try {
                inspected.put(jar, planner.inspect(bytes));
                contents.put(jar, bytes);
            } catch (PluginRejectedException e) {
                refused(jar, jar.getFileName().toString(), e, reportFailures);
            }
        }
        List<Path> ordered = inspected.keySet().stream()
                .sorted(Comparator.comparing((Path jar) -> InstallPlanner.isCourse(inspected.get(jar).pluginId())))
                .toList();
        for (Path jar : ordered) {
            JarInspector.Inspection inspection = inspected.get(jar);
            boolean installed = store.findById(inspection.pluginId())
                    .map(p -> p.getSha256().equals(inspection.sha256())).orElse(false);
            if (installed) {
                continue;
            }
            try {
                InstallPlan plan = planner.plan(contents.get(jar), jar.getFileName().toString());
                boolean rebuiltBundle = rebuildsOfSameVersionCount && plan.kind() == InstallPlan.Kind.SAME_VERSION;
                if (plan.kind() == InstallPlan.Kind.DOWNGRADE || plan.kind() == InstallPlan.Kind.SAME_VERSION && !rebuiltBundle) {
                    continue;
                }
                if (!plan.blockers().isEmpty()) {
                    throw new PluginRejectedException(String.join("; ", plan.blockers()));
                }
                store(plan, plan.kind() == InstallPlan.Kind.NEW ? PluginAction.INSTALL : PluginAction.UPGRADE, origin);
                if (reportFailures && !jar.getFileName().toString().equals(fileName(plan.pluginId(), plan.version()))) {
                    Files.delete(jar);
                }
            } catch (PluginRejectedException e) {
                refused(jar, inspection.pluginId(), e, reportFailures);
            }
        }
    }

    private void refused(Path jar, String key, PluginRejectedException e, boolean reportFailures) {
        if (reportFailures) {
            host.recordFailure(key, "", jar, e.getMessage());
        } else {
            LOG.warn("Bundled plugin {} not installed: {}", jar.getFileName(), e.getMessage());
        }
    }


    /**
     * Checks an uploaded jar and says what installing it would do; nothing is installed yet.
     *
     * @throws PluginRejectedException when the file is not a safe, readable plugin jar at all
     */
    @RolesAllowed({Roles.ADMIN, Roles.TRAINER})
    public InstallPlan prepare(byte[] jar, String fileName) {
        try {
            return codeNeedsAdministrator(planner.plan(jar, fileName));
        } catch (PluginRejectedException e) {
            audit.record(PluginAction.REFUSE, planner.pluginIdOf(jar).orElse(fileName), null, e.getMessage());
            throw e;
        }
    }

    /** Installs or upgrades as planned; refuses when the plan has blockers (a downgrade needs {@link #installForced}). */
    @RolesAllowed({Roles.ADMIN, Roles.TRAINER})
    @Transactional
    public PluginStatus install(InstallPlan plan) {
        return installChecked(plan, false);
    }

    /** Like {@link #install} but also accepts a downgrade; administrators only. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public PluginStatus installForced(InstallPlan plan) {
        return installChecked(plan, true);
    }

    /**
     * Trainers install course plugins, which are data; a plugin with Java code runs inside Kring with all its rights,
     * so only an administrator installs one (docs/security.md, "Hostile plugins").
     */
    private static InstallPlan codeNeedsAdministrator(InstallPlan plan) {
        boolean administrator = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication() != null
                && org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication().getAuthorities()
                .stream().anyMatch(a -> ("ROLE_" + Roles.ADMIN).equals(a.getAuthority()));
        return plan.containsCode() && !administrator
                ? plan.withBlocker("it contains Java code, which runs inside Kring: only an administrator can install it") : plan;
    }

    private synchronized PluginStatus installChecked(InstallPlan plan, boolean forced) {
        InstallPlan fresh = codeNeedsAdministrator(planner.plan(plan.jar(), plan.fileName()));
        if (!fresh.installedVersion().equals(plan.installedVersion())) {
            throw new PluginRejectedException("someone changed " + plan.pluginId() + " in the meantime; upload it again");
        }
        if (!fresh.canInstall(forced)) {
            audit.record(PluginAction.REFUSE, plan.pluginId(), plan.version(), String.join("; ", fresh.reasons()));
            throw new PluginRejectedException(String.join("; ", fresh.reasons()));
        }
        PluginAction action = switch (fresh.kind()) {
            case NEW -> PluginAction.INSTALL;
            case UPGRADE -> PluginAction.UPGRADE;
            case DOWNGRADE -> PluginAction.DOWNGRADE;
            case SAME_VERSION -> throw new IllegalStateException("same version cannot be installed");
        };
        return store(fresh, action, "uploaded as " + plan.fileName());
    }

    private PluginStatus store(InstallPlan plan, PluginAction action, String detail) {
        Optional<StoredPlugin> previous = store.findById(plan.pluginId());
        Optional<String> previousVersion = previous.map(StoredPlugin::getVersion);
        Optional<Path> previousJar = previousVersion.map(v -> jarPath(plan.pluginId(), v));
        Path jar = jarPath(plan.pluginId(), plan.version());
        writeAtomically(jar, plan.jar());
        host.deactivate(plan.pluginId());
        PluginStatus status = host.activate(jar);
        if (status.state() == PluginStatus.State.FAILED) {
            host.deactivate(plan.pluginId());
            if (!previousJar.equals(Optional.of(jar))) {
                deleteQuietly(jar);
            }
            previous.filter(StoredPlugin::isEnabled).ifPresent(p -> host.activate(materialize(p)));
            audit.record(PluginAction.REFUSE, plan.pluginId(), plan.version(), status.problem());
            throw new PluginRejectedException(status.problem());
        }
        StoredPlugin stored = previous.orElseGet(() -> new StoredPlugin(plan.pluginId()));
        stored.replace(plan.version(), plan.sha256(), plan.jar(), PluginAuditLog.actor(), audit.now());
        store.save(stored);
        applied(stored);
        previousJar.filter(p -> !p.equals(jar)).ifPresent(PluginLifecycle::deleteQuietly);
        audit.record(action, plan.pluginId(), plan.version(), previousVersion.map(v -> "from " + v + "; ").orElse("")
                + detail + "; sha256 " + plan.sha256());
        return status;
    }

    @RolesAllowed({Roles.ADMIN, Roles.TRAINER})
    @Transactional
    public synchronized PluginStatus enable(String pluginId) {
        StoredPlugin plugin = installed(pluginId);
        List<String> missing = planner.missingDependencies(planner.inspect(plugin.getJar()));
        if (!missing.isEmpty()) {
            throw new PluginRejectedException(String.join("; ", missing));
        }
        plugin.setEnabled(true);
        applied(plugin);
        PluginStatus status = host.activate(materialize(plugin));
        audit.record(PluginAction.ENABLE, pluginId, plugin.getVersion(), status.problem());
        return status;
    }

    @RolesAllowed({Roles.ADMIN, Roles.TRAINER})
    @Transactional
    public synchronized void disable(String pluginId) {
        StoredPlugin plugin = installed(pluginId);
        refuseWhileOthersDependOn(pluginId);
        plugin.setEnabled(false);
        applied(plugin);
        host.deactivate(pluginId);
        host.recordDisabled(pluginId, plugin.getVersion(), jarPath(pluginId, plugin.getVersion()));
        audit.record(PluginAction.DISABLE, pluginId, plugin.getVersion(), null);
    }

    /** Removes a plugin. Learners' progress and evidence stay in the database, so reinstalling brings it back. */
    @RolesAllowed({Roles.ADMIN, Roles.TRAINER})
    @Transactional
    public synchronized void uninstall(String pluginId) {
        StoredPlugin plugin = installed(pluginId);
        refuseWhileOthersDependOn(pluginId);
        host.deactivate(pluginId);
        store.delete(plugin);
        applied(pluginId, null);
        deleteQuietly(jarPath(pluginId, plugin.getVersion()));
        audit.record(PluginAction.UNINSTALL, pluginId, plugin.getVersion(), "learners' progress is kept");
    }

    /** The installed jar exactly as it was uploaded (same bytes, same SHA-256). */
    @RolesAllowed({Roles.ADMIN, Roles.TRAINER})
    @Transactional(readOnly = true)
    public byte[] export(String pluginId) {
        return installed(pluginId).getJar();
    }

    @RolesAllowed({Roles.ADMIN, Roles.TRAINER})
    @Transactional(readOnly = true)
    public List<PluginOverview> overview() {
        Map<String, StoredPlugin> installed = store.findAll().stream()
                .collect(Collectors.toMap(StoredPlugin::getPluginId, Function.identity()));
        return host.statuses().stream().map(status -> {
            Optional<StoredPlugin> stored = Optional.ofNullable(installed.get(status.pluginId()));
            return new PluginOverview(status, stored.map(StoredPlugin::getInstalledAt), stored.map(StoredPlugin::getInstalledBy),
                    stored.map(StoredPlugin::getSha256), guard.incidents(status.pluginId()));
        }).toList();
    }

    /** The largest jar an upload may be, for the upload component's own limit. */
    public long maxUploadBytes() {
        return properties.maxUploadSize().toBytes();
    }

    @RolesAllowed({Roles.ADMIN, Roles.TRAINER})
    public List<PluginAuditRecord> auditLog(int limit) {
        return audit.latest(limit);
    }

    private void refuseWhileOthersDependOn(String pluginId) {
        for (StoredPlugin other : store.findAll()) {
            if (other.isEnabled() && !other.getPluginId().equals(pluginId)) {
                if (InstallPlanner.dependencies(planner.inspect(other.getJar()).dependencies()).stream().anyMatch(d -> d.getPluginId().equals(pluginId) && !d.isOptional())) {
                    throw new PluginRejectedException(other.getPluginId() + " needs " + pluginId + "; disable that first");
                }
            }
        }
    }

    private StoredPlugin installed(String pluginId) {
        return store.findById(pluginId)
                .orElseThrow(() -> new PluginRejectedException(pluginId + " is not installed"));
    }

    private Path materialize(StoredPlugin plugin) {
        Path jar = jarPath(plugin.getPluginId(), plugin.getVersion());
        try {
            if (!Files.isRegularFile(jar) || !JarInspector.sha256(Files.readAllBytes(jar)).equals(plugin.getSha256())) {
                writeAtomically(jar, plugin.getJar());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + jar + ": " + e.getMessage(), e);
        }
        return jar;
    }

    private Path jarPath(String pluginId, String version) {
        return properties.dir().toAbsolutePath().resolve(fileName(pluginId, version));
    }

    private static String fileName(String pluginId, String version) {
        return pluginId + "-" + version + ".jar";
    }

    private static void writeAtomically(Path target, byte[] bytes) {
        try {
            Path temp = Files.createTempFile(target.getParent(), ".installing-", ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.debug("Could not delete {}", file, e);
            }
        }
    }
}
