package nl.kring.coursekit;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.kring.api.KringApi;

/**
 * The course tools on the command line ({@code java -jar kring-coursekit-cli.jar …}):
 * <ul>
 *   <li>{@code [lint] <course-folder|plugin.jar> [--baseline <previous>] [--activity-types a,b]} prints every problem
 *       as {@code file:line: message (hint)};</li>
 *   <li>{@code package <course-folder> [--out <dir>] [--activity-types a,b]} checks the course and writes its
 *       plugin jar;</li>
 *   <li>{@code import-gift <file.gift> --out <course>/quizzes/<name>.yaml […]} writes Moodle GIFT questions as a quiz
 *       (see {@link GiftImportCommand}).</li>
 * </ul>
 * Exits 1 when there are errors, 2 on wrong usage.
 */
public final class Lint {

    private Lint() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        List<String> arguments = Arrays.asList(args);
        if (!arguments.isEmpty() && arguments.get(0).equals("package")) {
            return packageCourse(arguments.subList(1, arguments.size()), out, err);
        }
        if (!arguments.isEmpty() && arguments.get(0).equals("import-gift")) {
            return GiftImportCommand.run(arguments.subList(1, arguments.size()), out, err);
        }
        if (!arguments.isEmpty() && arguments.get(0).equals("lint")) {
            arguments = arguments.subList(1, arguments.size());
        }
        if (arguments.isEmpty() || arguments.contains("--help") || arguments.get(0).startsWith("--")) {
            err.println("usage: [lint] <course-folder|plugin.jar> [--baseline <previous jar or folder>] [--plugins <jar or folder>,…] [--activity-types a,b] [--question-types c,d]");
            err.println("       package <course-folder> [--out <folder for the jar>] [--plugins <jar or folder>,…] [--activity-types a,b] [--question-types c,d]");
            err.println("       " + GiftImportCommand.USAGE);
            return 2;
        }
        Path course = Path.of(arguments.get(0));
        if (!Files.exists(course)) {
            err.println(course + ": no such folder or jar");
            return 2;
        }
        Optional<Path> baseline = option(arguments, "--baseline").map(Path::of);
        PluginTypes plugins = plugins(arguments);
        Linter linter = new Linter(reader(arguments, plugins), plugins);

        Linter.Report report = linter.lint(course, baseline);
        report.problems().forEach(out::println);
        report.diff().ifPresent(diff -> out.println("changes since " + diff.fromVersion() + ": "
                + (diff.isEmpty() ? "none" : String.join(", ", diff.changes().stream().map(Object::toString).toList()))));
        out.println(course + ": " + report.errorCount() + " error(s), " + report.warningCount() + " warning(s)");
        return report.hasErrors() ? 1 : 0;
    }

    private static int packageCourse(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
        if (arguments.isEmpty() || arguments.get(0).startsWith("--") || !Files.isDirectory(Path.of(arguments.get(0)))) {
            err.println("usage: package <course-folder> [--out <folder for the jar>] [--plugins <jar or folder>,…] [--activity-types a,b] [--question-types c,d]");
            return 2;
        }
        Path folder = Path.of(arguments.get(0));
        Path target = option(arguments, "--out").map(Path::of).orElse(Path.of("."));
        PluginTypes plugins = plugins(arguments);
        CoursePackager packager = new CoursePackager(reader(arguments, plugins), true, plugins);
        try {
            out.println("packaged " + packager.packageCourse(folder, target));
            return 0;
        } catch (InvalidCourseException e) {
            e.problems().forEach(out::println);
            out.println(folder + ": " + e.problems().size() + " error(s); nothing packaged");
            return 1;
        }
    }

    /**
     * A reader that knows the activity and question types of the plugin jars named with --plugins (whose own checks
     * then run too) and the types named with --activity-types and --question-types (known by name only).
     */
    private static CourseReader reader(List<String> arguments, PluginTypes plugins) {
        Set<String> activityTypes = new java.util.HashSet<>(names(arguments, "--activity-types"));
        activityTypes.addAll(plugins.activityTypes());
        Set<String> questionTypes = new java.util.HashSet<>(names(arguments, "--question-types"));
        questionTypes.addAll(plugins.questionTypes());
        return new CourseReader(CompetenceFramework.standard(), () -> activityTypes, () -> questionTypes, KringApi.VERSION);
    }

    private static PluginTypes plugins(List<String> arguments) throws java.io.IOException {
        Optional<String> jars = option(arguments, "--plugins");
        return jars.isEmpty() ? PluginTypes.none() : PluginTypes.load(Arrays.stream(jars.get().split(",")).map(Path::of).toList());
    }

    private static Set<String> names(List<String> arguments, String option) {
        return option(arguments, option).map(types -> Set.of(types.split(","))).orElse(Set.of());
    }

    private static Optional<String> option(List<String> arguments, String name) {
        int index = arguments.indexOf(name);
        return index >= 0 && index + 1 < arguments.size() ? Optional.of(arguments.get(index + 1)) : Optional.empty();
    }
}
