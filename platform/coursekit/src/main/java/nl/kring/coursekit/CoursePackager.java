package nl.kring.coursekit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.kring.api.KringApi;

/**
 * Turns course folders into PF4J plugin jars. A course plugin is data only: the manifest names it
 * ({@code Plugin-Id}, {@code Plugin-Version}, {@code Plugin-Requires}) and its sources sit under
 * {@value KringApi#COURSE_FOLDER_IN_JAR}. Jars are reproducible: sorted entries and a fixed timestamp,
 * so the same folder always gives the same bytes.
 *
 * <p>Run from the plugins build: {@code CoursePackager <content-dir> <output-dir> [--activity-types a,b]
 * [--descriptor-only]}. By default every course is read and checked completely — activities against the activity
 * types that ship with the build — and packaging fails on the first invalid course; {@code --descriptor-only}
 * packages as-is (used for the deliberately broken test fixtures).
 */
public final class CoursePackager {

    /** PF4J's own base class: a course plugin needs no code, so it names the plain {@code Plugin}. */
    static final String PLUGIN_CLASS = "org.pf4j.Plugin";
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);

    private final CourseReader reader;
    private final boolean checkLessons;
    private final PluginTypes plugins;

    public CoursePackager(CourseReader reader, boolean checkLessons) {
        this(reader, checkLessons, PluginTypes.none());
    }

    /** @param plugins activity and question types from plugin jars, whose checks must pass too */
    public CoursePackager(CourseReader reader, boolean checkLessons, PluginTypes plugins) {
        this.reader = reader;
        this.checkLessons = checkLessons;
        this.plugins = plugins;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: CoursePackager <content-dir> <output-dir> [--plugins <jar or folder>,…]"
                    + " [--activity-types a,b] [--descriptor-only]");
            System.exit(2);
        }
        java.util.List<String> flags = java.util.Arrays.asList(args).subList(2, args.length);
        boolean descriptorOnly = flags.contains("--descriptor-only");
        int types = flags.indexOf("--activity-types");
        int jars = flags.indexOf("--plugins");
        PluginTypes plugins = jars >= 0 && jars + 1 < flags.size()
                ? PluginTypes.load(java.util.Arrays.stream(flags.get(jars + 1).split(",")).map(Path::of).toList()) : PluginTypes.none();
        java.util.Set<String> activityTypes = new java.util.HashSet<>(plugins.activityTypes());
        if (types >= 0 && types + 1 < flags.size()) {
            activityTypes.addAll(java.util.List.of(flags.get(types + 1).split(",")));
        }
        CoursePackager packager = new CoursePackager(new CourseReader(CompetenceFramework.standard(), () -> activityTypes,
                plugins::questionTypes, KringApi.VERSION), !descriptorOnly, plugins);
        try {
            for (Path jar : packager.packageAll(Path.of(args[0]), Path.of(args[1]))) {
                System.out.println("[kring] packaged " + jar);
            }
        } catch (InvalidCourseException e) {
            System.err.println("[kring] " + e.getMessage());
            throw e;
        }
    }

    /** Packages every sub-folder of {@code contentDir} that holds a {@code course.yaml}. */
    public List<Path> packageAll(Path contentDir, Path outputDir) throws IOException, InvalidCourseException {
        List<Path> jars = new ArrayList<>();
        try (Stream<Path> children = Files.list(contentDir)) {
            for (Path folder : children.sorted().toList()) {
                if (Files.isRegularFile(folder.resolve(CourseReader.COURSE_FILE))) {
                    jars.add(packageCourse(folder, outputDir));
                }
            }
        }
        return jars;
    }

    /** Packages one course folder into {@code outputDir/course-<id>-<version>.jar}. */
    public Path packageCourse(Path folder, Path outputDir) throws IOException, InvalidCourseException {
        CourseFiles files = new DirectoryCourseFiles(folder);
        CourseDescriptor course = checkLessons ? checked(files) : reader.readDescriptor(files);
        Files.createDirectories(outputDir);
        Path jar = outputDir.resolve(course.pluginId() + "-" + course.version() + ".jar");
        try (OutputStream out = Files.newOutputStream(jar)) {
            write(course, files, out);
        }
        return jar;
    }

    private CourseDescriptor checked(CourseFiles files) throws IOException, InvalidCourseException {
        CourseCheck check = reader.check(files);
        check.warnings().forEach(w -> System.out.println("[kring] " + files.origin() + ": " + w));
        if (check.hasErrors()) {
            throw new InvalidCourseException(files.origin(), check.errors());
        }
        List<Problem> pluginProblems = plugins.check(check.course().orElseThrow(), files);
        pluginProblems.stream().filter(p -> !p.isError()).forEach(w -> System.out.println("[kring] " + files.origin() + ": " + w));
        if (pluginProblems.stream().anyMatch(Problem::isError)) {
            throw new InvalidCourseException(files.origin(), pluginProblems.stream().filter(Problem::isError).toList());
        }
        return check.course().orElseThrow().descriptor();
    }

    /** Writes the plugin jar for {@code course} with the given files; the same input always gives the same bytes. */
    public static void write(CourseDescriptor course, CourseFiles files, OutputStream target) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(target)) {
            ByteArrayOutputStream manifest = new ByteArrayOutputStream();
            manifest(course).write(manifest);
            putEntry(zip, JarFile.MANIFEST_NAME, manifest.toByteArray());
            for (String path : files.list()) {
                putEntry(zip, KringApi.COURSE_FOLDER_IN_JAR + path, files.read(path).orElseThrow());
            }
        }
    }

    static Manifest manifest(CourseDescriptor course) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Plugin-Id", course.pluginId());
        main.putValue("Plugin-Version", course.version());
        main.putValue("Plugin-Requires", course.requires());
        main.putValue("Plugin-Class", PLUGIN_CLASS);
        main.putValue("Plugin-Provider", "Kring course");
        main.putValue("Plugin-Description", course.title().in(course.defaultLanguage(), "en"));
        if (!course.dependencies().isEmpty()) {
            main.putValue("Plugin-Dependencies", course.manifestDependencies());
        }
        return manifest;
    }

    private static void putEntry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(FIXED_TIME);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}
