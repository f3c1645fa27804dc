package nl.kring.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.kring.api.KringApi;
import nl.kring.coursekit.CourseDiff;
import nl.kring.coursekit.CoursePackage;
import nl.kring.coursekit.Linter;
import nl.kring.coursekit.Problem;
import org.pf4j.DefaultVersionManager;
import org.pf4j.PluginDependency;
import org.pf4j.VersionManager;
import org.springframework.stereotype.Component;

/**
 * Works out what installing a jar would do, without changing anything: the safety inspection, the same checks as
 * the linter plus the activity and question plugins' own, the change from the installed version, missing dependencies, and a
 * version conflict (downgrade or same version).
 */
@Component
class InstallPlanner {

    private final StoredPluginRepository store;
    private final PluginHost host;
    private final Linter linter;
    private final ActivityRunner activities;
    private final QuestionRunner questions;
    private final DiagramRunner diagrams;
    private final JarInspector inspector;
    private final PluginSignatures signatures;
    private final VersionManager versions = new DefaultVersionManager();

    InstallPlanner(StoredPluginRepository store, PluginHost host, Linter linter, ActivityRunner activities,
                   QuestionRunner questions, DiagramRunner diagrams, PluginProperties properties, PluginSignatures signatures) {
        this.signatures = signatures;
        this.questions = questions;
        this.diagrams = diagrams;
        this.store = store;
        this.host = host;
        this.linter = linter;
        this.activities = activities;
        this.inspector = new JarInspector(properties.maxUploadSize().toBytes(), properties.maxUnpackedSize().toBytes(),
                10_000, 200);
    }

    /** The safety inspection alone. */
    JarInspector.Inspection inspect(byte[] jar) {
        return inspector.inspect(jar);
    }

    /**
     * Inspects a jar and works out what installing it would do.
     *
     * @throws PluginRejectedException when the file is not a safe, readable plugin jar at all
     */
    InstallPlan plan(byte[] jar, String fileName) {
        JarInspector.Inspection inspection = inspector.inspect(jar);
        Optional<StoredPlugin> installed = store.findById(inspection.pluginId());
        List<Problem> problems = new ArrayList<>();
        Optional<CourseDiff> diff = Optional.empty();
        PluginSignatures.Verdict signature;
        Path temp = null;
        try {
            temp = Files.createTempFile("kring-upload-", ".jar");
            Files.write(temp, jar);
            // The signature first: with signatures required, nothing more is read of a jar that is not trusted.
            signature = signatures.check(temp);
            if (signatures.required() && signature.state() != PluginSignatures.State.TRUSTED) {
                throw new PluginRejectedException("this Kring only installs plugins signed by a trusted key, and this one is "
                        + signature.describe());
            }
            if (isCourse(inspection.pluginId())) {
                Linter.Report report = linter.lint(temp, Optional.empty());
                problems.addAll(report.problems());
                if (report.course().isPresent()) {
                    problems.addAll(activities.validate(report.course().get(), inspection.version(), Linter.files(temp)));
                    problems.addAll(questions.validate(report.course().get(), inspection.version()));
                    problems.addAll(diagrams.validate(report.course().get()));
                }
                Optional<CoursePackage> current = host.courseOfPlugin(inspection.pluginId()).map(InstalledCourse::course);
                if (report.course().isPresent() && current.isPresent()) {
                    diff = Optional.of(CourseDiff.between(current.get(), report.course().get()));
                }
            }
        } catch (IOException e) {
            throw new PluginRejectedException("the jar cannot be read: " + e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    temp.toFile().deleteOnExit();
                }
            }
        }
        InstallPlan.Kind kind = kind(inspection.version(), installed);
        List<String> blockers = new ArrayList<>();
        Optional<String> versionConflict = Optional.empty();
        problems.stream().filter(Problem::isError).findFirst().ifPresent(p -> blockers.add(
                problems.stream().filter(Problem::isError).count() + " error(s) in the content, e.g. " + p));
        blockers.addAll(missingDependencies(inspection));
        diff.ifPresent(d -> d.of(CourseDiff.Kind.REMOVED).forEach(removed -> problems.add(Problem.warning("course.yaml", 0,
                removed.what() + " '" + removed.id() + "' is removed", "learners' progress on it stops counting"))));
        if (kind == InstallPlan.Kind.DOWNGRADE) {
            versionConflict = Optional.of("version " + inspection.version() + " is older than the installed "
                    + installed.orElseThrow().getVersion() + "; only an administrator can force a downgrade");
        } else if (kind == InstallPlan.Kind.SAME_VERSION) {
            boolean identical = installed.orElseThrow().getSha256().equals(inspection.sha256());
            versionConflict = Optional.of(identical ? "this exact jar is installed already"
                    : "version " + inspection.version() + " is installed with other content; raise the version in course.yaml");
        }
        return new InstallPlan(inspection.pluginId(), inspection.version(), installed.map(StoredPlugin::getVersion), kind,
                inspection.sha256(), fileName, problems, diff, blockers, versionConflict, jar, signature.describe(),
                inspection.containsCode());
    }

    private InstallPlan.Kind kind(String version, Optional<StoredPlugin> installed) {
        if (installed.isEmpty()) {
            return InstallPlan.Kind.NEW;
        }
        int order = versions.compareVersions(version, installed.get().getVersion());
        return order > 0 ? InstallPlan.Kind.UPGRADE : order < 0 ? InstallPlan.Kind.DOWNGRADE : InstallPlan.Kind.SAME_VERSION;
    }

    /** What a jar needs that is not installed and enabled, in words a trainer can act on. */
    List<String> missingDependencies(JarInspector.Inspection inspection) {
        Map<String, StoredPlugin> installed = store.findAll().stream()
                .collect(Collectors.toMap(StoredPlugin::getPluginId, Function.identity()));
        List<String> missing = new ArrayList<>();
        for (PluginDependency dependency : dependencies(inspection.dependencies())) {
            StoredPlugin needed = installed.get(dependency.getPluginId());
            if (dependency.isOptional()) {
                continue;
            }
            if (needed == null || !needed.isEnabled()) {
                missing.add("needs plugin " + dependency.getPluginId() + " (" + dependency.getPluginVersionSupport()
                        + "), which is " + (needed == null ? "not installed" : "disabled") + "; install or enable it first");
            } else if (!versions.checkVersionConstraint(needed.getVersion(), dependency.getPluginVersionSupport())) {
                missing.add("needs plugin " + dependency.getPluginId() + " " + dependency.getPluginVersionSupport()
                        + " but " + needed.getVersion() + " is installed");
            }
        }
        return missing;
    }

    /** Parses {@code Plugin-Dependencies} ("a@>=1.0.0, b?") as PF4J does. */
    static List<PluginDependency> dependencies(String manifestValue) {
        return Arrays.stream(manifestValue.split(",")).map(String::trim).filter(d -> !d.isEmpty())
                .map(PluginDependency::new).toList();
    }

    Optional<String> pluginIdOf(byte[] jar) {
        try {
            return Optional.of(inspector.inspect(jar).pluginId());
        } catch (PluginRejectedException e) {
            return Optional.empty();
        }
    }

    static boolean isCourse(String pluginId) {
        return pluginId.startsWith(KringApi.COURSE_PLUGIN_PREFIX);
    }
}
