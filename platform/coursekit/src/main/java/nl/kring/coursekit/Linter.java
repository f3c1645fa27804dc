package nl.kring.coursekit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import org.pf4j.DefaultVersionManager;

/**
 * Checks a course folder or a course plugin jar and reports every problem as {@code file:line: message (hint)}.
 * The same {@link CourseReader} runs when a plugin is installed, so what passes here installs.
 *
 * <p>With a baseline (the previous release's jar or folder) it also reports ids that disappeared — learners'
 * progress on them stops counting — and refuses a version that is not higher.
 */
public final class Linter {

    private final CourseReader reader;
    private final PluginTypes plugins;

    public Linter(CourseReader reader) {
        this(reader, PluginTypes.none());
    }

    /** @param plugins activity and question types from plugin jars, whose own checks the linter runs too */
    public Linter(CourseReader reader, PluginTypes plugins) {
        this.reader = reader;
        this.plugins = plugins;
    }

    /**
     * The outcome: every problem, the course when it has no errors, and the differences from the baseline when one
     * was given.
     */
    public record Report(List<Problem> problems, Optional<CoursePackage> course, Optional<CourseDiff> diff) {

        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }

        public long errorCount() {
            return problems.stream().filter(Problem::isError).count();
        }

        public long warningCount() {
            return problems.size() - errorCount();
        }
    }

    /** The reader this linter checks with. */
    public CourseReader reader() {
        return reader;
    }

    /** Lints a course folder or a {@code .jar}. */
    public Report lint(Path course, Optional<Path> baseline) throws IOException {
        CourseFiles files = files(course);
        CourseCheck check = reader.check(files);
        List<Problem> problems = new ArrayList<>(check.problems());
        if (check.course().isPresent()) {
            problems.addAll(plugins.check(check.course().get(), files));
        }
        if (isJar(course)) {
            check.course().ifPresent(c -> problems.addAll(manifestProblems(course, c.descriptor())));
        }
        Optional<CourseDiff> diff = Optional.empty();
        if (baseline.isPresent() && check.course().isPresent()) {
            CourseCheck previous = reader.check(files(baseline.get()));
            if (previous.course().isEmpty()) {
                problems.add(Problem.warning(baseline.get().toString(), 0, "the baseline cannot be read, so ids were not compared",
                        previous.errors().isEmpty() ? null : previous.errors().get(0).toString()));
            } else {
                CourseDiff changes = CourseDiff.between(previous.course().get(), check.course().get());
                problems.addAll(upgradeProblems(changes));
                diff = Optional.of(changes);
            }
        }
        return new Report(List.copyOf(problems), check.course(), diff);
    }

    /** The files of a course folder or of the course inside a plugin jar. */
    public static CourseFiles files(Path path) {
        return isJar(path) ? new JarCourseFiles(path) : new DirectoryCourseFiles(path);
    }

    private static boolean isJar(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar");
    }

    private static List<Problem> upgradeProblems(CourseDiff diff) {
        List<Problem> problems = new ArrayList<>();
        if (new DefaultVersionManager().compareVersions(diff.toVersion(), diff.fromVersion()) <= 0) {
            problems.add(new Problem(CourseReader.COURSE_FILE, 0, "version " + diff.toVersion()
                    + " is not higher than the baseline's " + diff.fromVersion(), "raise version: for every release"));
        }
        for (CourseDiff.Change removed : diff.of(CourseDiff.Kind.REMOVED)) {
            problems.add(Problem.warning(CourseReader.COURSE_FILE, 0, removed.what() + " id '" + removed.id()
                    + "' existed in " + diff.fromVersion() + " and is gone",
                    "learners' progress on it stops counting; if you renamed it, put the old id back"));
        }
        return problems;
    }

    private static List<Problem> manifestProblems(Path jar, CourseDescriptor course) {
        List<Problem> problems = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Attributes main = file.getManifest() == null ? new Attributes() : file.getManifest().getMainAttributes();
            expect(main, "Plugin-Id", course.pluginId(), problems);
            expect(main, "Plugin-Version", course.version(), problems);
            expect(main, "Plugin-Requires", course.requires(), problems);
            if (!course.dependencies().isEmpty() || main.getValue("Plugin-Dependencies") != null) {
                expect(main, "Plugin-Dependencies", course.manifestDependencies(), problems);
            }
        } catch (IOException e) {
            problems.add(new Problem("META-INF/MANIFEST.MF", 0, "the manifest cannot be read: " + e.getMessage(), null));
        }
        return problems;
    }

    private static void expect(Attributes manifest, String name, String expected, List<Problem> problems) {
        String actual = manifest.getValue(name);
        if (!expected.equals(actual)) {
            problems.add(new Problem("META-INF/MANIFEST.MF", 0, name + " is '" + actual + "' but course.yaml says '" + expected + "'",
                    "rebuild the jar from the course folder"));
        }
    }
}
