package nl.kring.plugin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import nl.kring.api.KringApi;
import nl.kring.coursekit.CoursePackage;
import nl.kring.coursekit.CourseReader;
import nl.kring.coursekit.InvalidCourseException;
import nl.kring.coursekit.JarCourseFiles;
import nl.kring.coursekit.Problem;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The running side of plugins: loads a jar into PF4J, checks it completely before it is used, and keeps the
 * active courses. A jar that cannot be read, needs another platform version or carries a broken course is
 * unloaded again and listed as failed with its reason; the other plugins and the application carry on.
 * What is installed, and whether it is enabled, is decided by {@link PluginLifecycle} and its store.
 */
@Service
public class PluginHost {

    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);
    private final PluginManager plugins;
    private final CourseReader courseReader;
    /** Active courses of installed plugins, by course id. */
    private final Map<String, InstalledCourse> courses = new ConcurrentHashMap<>();
    private final Map<String, PluginStatus> statuses = new ConcurrentHashMap<>();
    /** Courses shown from a folder in live preview; they take the place of an installed course with the same id. */
    private final Map<String, InstalledCourse> previews = new ConcurrentHashMap<>();
    private final ApplicationEventPublisher events;

    private final PluginSignatures signatures;

    PluginHost(PluginManager plugins, CourseReader courseReader, ApplicationEventPublisher events, PluginSignatures signatures) {
        this.signatures = signatures;
        this.plugins = plugins;
        this.courseReader = courseReader;
        this.events = events;
    }

    @PreDestroy
    void stop() {
        // One by one from copies, dependents first: PF4J's stopPlugins()/unloadPlugins() change the lists they walk
        // (a ConcurrentModificationException at shutdown).
        java.util.List<PluginWrapper> loaded = new java.util.ArrayList<>(plugins.getPlugins());
        java.util.Collections.reverse(loaded);
        for (PluginWrapper plugin : loaded) {
            if (plugins.getPlugin(plugin.getPluginId()) != null) {
                plugins.unloadPlugin(plugin.getPluginId());
            }
        }
    }

    /** Loads, checks and starts a jar; on any failure it is unloaded again and reported. */
    synchronized PluginStatus activate(Path jar) {
        PluginStatus status = load(jar);
        statuses.put(status.pluginId(), status);
        if (status.state() == PluginStatus.State.FAILED) {
            LOG.warn("Plugin {} skipped: {}", jar.getFileName(), status.problem());
        } else {
            LOG.info("Plugin {} {} active", status.pluginId(), status.version());
        }
        return status;
    }

    /** Stops and unloads a plugin (if loaded) and takes its course out of the catalog. */
    synchronized void deactivate(String pluginId) {
        courses.values().stream().filter(c -> c.pluginId().equals(pluginId)).toList().forEach(c -> {
            courses.remove(c.courseId());
            events.publishEvent(new CourseContentChanged(c.courseId(), ""));
        });
        if (plugins.getPlugin(pluginId) != null) {
            plugins.stopPlugin(pluginId);
            plugins.unloadPlugin(pluginId);
        }
        statuses.remove(pluginId);
    }

    /** Shows a course folder in live preview instead of (or besides) the installed plugins. */
    synchronized void preview(InstalledCourse course) {
        previews.put(course.courseId(), course);
        events.publishEvent(new CourseContentChanged(course.courseId(), course.version()));
    }

    /** Lists a previewed course folder on the Plugins page, with its warnings if any. */
    synchronized void recordPreview(String key, String version, Path folder, String warnings) {
        statuses.put(key, new PluginStatus(key, version, warnings.isEmpty() ? "live preview" : "live preview; " + warnings,
                folder, PluginStatus.State.ACTIVE, ""));
    }

    /** Whether PF4J has the plugin loaded right now. */
    synchronized boolean isLoaded(String pluginId) {
        return plugins.getPlugin(pluginId) != null;
    }

    /** Records a plugin that is installed but switched off. */
    synchronized void recordDisabled(String pluginId, String version, Path jar) {
        statuses.put(pluginId, new PluginStatus(pluginId, version, "", jar, PluginStatus.State.DISABLED, ""));
    }

    /** Records a jar that was refused before it could be loaded (e.g. found in the plugins folder, but corrupt). */
    synchronized void recordFailure(String key, String version, Path jar, String problem) {
        statuses.put(key, PluginStatus.failed(key, version, jar, problem));
        LOG.warn("Plugin {} skipped: {}", jar.getFileName(), problem);
    }

    private PluginStatus load(Path jar) {
        // Before PF4J opens the jar: with signatures required, nothing of an unsigned or altered jar is ever loaded.
        Optional<String> refused = signatures.refusal(jar);
        if (refused.isPresent()) {
            return PluginStatus.failed(jar.getFileName().toString(), "", jar, refused.get());
        }
        String pluginId;
        try {
            pluginId = plugins.loadPlugin(jar);
        } catch (RuntimeException e) {
            return PluginStatus.failed(jar.getFileName().toString(), "", jar, "cannot be loaded: " + rootMessage(e)
                    + " — is this a Kring plugin jar with Plugin-Id and Plugin-Version in its manifest?");
        }
        PluginWrapper wrapper = plugins.getPlugin(pluginId);
        String version = wrapper.getDescriptor().getVersion();
        if (wrapper.getPluginState() == PluginState.DISABLED && wrapper.getFailedException() != null) {
            plugins.unloadPlugin(pluginId);
            return PluginStatus.failed(pluginId, version, jar, "needs platform API " + wrapper.getDescriptor().getRequires()
                    + " but this Kring offers " + KringApi.VERSION + " — install a version of the plugin made for this Kring");
        }
        Optional<String> problem = Optional.empty();
        CoursePackage course = null;
        if (pluginId.startsWith(KringApi.COURSE_PLUGIN_PREFIX)) {
            try {
                course = courseReader.read(new JarCourseFiles(jar));
                problem = mismatch(course, pluginId, version);
            } catch (InvalidCourseException e) {
                problem = Optional.of("course content has " + e.problems().size() + " problem(s): "
                        + e.problems().stream().map(Problem::toString).collect(Collectors.joining("; ")));
            } catch (IOException | RuntimeException e) {
                problem = Optional.of("course content cannot be read: " + rootMessage(e));
            }
        }
        if (problem.isEmpty()) {
            problem = startPlugin(pluginId);
        }
        if (problem.isPresent()) {
            unloadQuietly(pluginId);
            return PluginStatus.failed(pluginId, version, jar, problem.get());
        }
        if (course != null) {
            InstalledCourse installed = new InstalledCourse(pluginId, version, new JarCourseFiles(jar), course);
            courses.put(installed.courseId(), installed);
            events.publishEvent(new CourseContentChanged(installed.courseId(), version));
        }
        return PluginStatus.active(pluginId, version, wrapper.getDescriptor().getPluginDescription(), jar);
    }

    private static Optional<String> mismatch(CoursePackage course, String pluginId, String version) {
        if (!course.descriptor().pluginId().equals(pluginId) || !course.descriptor().version().equals(version)) {
            return Optional.of("manifest says " + pluginId + " " + version + " but course.yaml says "
                    + course.descriptor().pluginId() + " " + course.descriptor().version() + " — rebuild the jar");
        }
        return Optional.empty();
    }

    private Optional<String> startPlugin(String pluginId) {
        try {
            PluginState state = plugins.startPlugin(pluginId);
            return state == PluginState.STARTED ? Optional.empty() : Optional.of("did not start (state " + state + ")");
        } catch (RuntimeException | LinkageError e) {
            return Optional.of("failed to start: " + rootMessage(e));
        }
    }

    private void unloadQuietly(String pluginId) {
        try {
            plugins.unloadPlugin(pluginId);
        } catch (RuntimeException e) {
            LOG.debug("Unloading {} after a failed check also failed", pluginId, e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == e ? message : e.getMessage() + " (" + message + ")";
    }

    /** Every active course (a previewed folder in place of the installed course with its id), by title. */
    @PreAuthorize("isAuthenticated()")
    public List<InstalledCourse> courses() {
        Map<String, InstalledCourse> shown = new java.util.HashMap<>(courses);
        shown.putAll(previews);
        return shown.values().stream()
                .sorted(Comparator.comparing(c -> c.course().descriptor().title().in(c.course().descriptor().defaultLanguage(), "en")))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<InstalledCourse> course(String courseId) {
        return Optional.ofNullable(previews.getOrDefault(courseId, courses.get(courseId)));
    }

    /** The installed course with this id, never a live preview of it (for what must follow installations only). */
    @PreAuthorize("isAuthenticated()")
    public Optional<InstalledCourse> installedCourse(String courseId) {
        return Optional.ofNullable(courses.get(courseId));
    }

    /** The active course of an installed plugin (never a preview), if it is a course plugin and active. */
    Optional<InstalledCourse> courseOfPlugin(String pluginId) {
        return courses.values().stream().filter(c -> c.pluginId().equals(pluginId)).findFirst();
    }

    /** A media file of an active course, for the course media endpoint. */
    @PreAuthorize("isAuthenticated()")
    public Optional<byte[]> courseFile(String courseId, String path) throws IOException {
        Optional<InstalledCourse> course = course(courseId);
        return course.isPresent() ? course.get().file(path) : Optional.empty();
    }

    /** What happened to every plugin, failed ones first. */
    List<PluginStatus> statuses() {
        List<PluginStatus> all = new ArrayList<>(statuses.values());
        all.sort(Comparator.comparing(PluginStatus::state).reversed().thenComparing(PluginStatus::pluginId));
        return all;
    }
}
