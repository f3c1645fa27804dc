package nl.kring.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The plugin jars the reactor built (real course plugins and deliberately faulty ones), copied into a fresh
 * plugins directory per test so tests never share state.
 */
public final class TestPlugins {

    private TestPlugins() {
    }

    /** The bundled course plugins built from content/ by plugins/courses. */
    public static Path coursePlugins() {
        return folder("kring.test.course-plugins", "plugins/courses/target/plugins");
    }

    /** The faulty test plugins built by plugins/fixtures. */
    public static Path fixturePlugins() {
        return folder("kring.test.fixture-plugins", "plugins/fixtures/target/plugins");
    }

    /** A course folder under content/, e.g. {@code naasten-betrekken}. */
    public static Path contentFolder(String course) {
        return findUp("content/" + course);
    }

    /** A new temporary plugins directory holding the bundled course plugins and, if asked, the faulty ones. */
    public static Path freshPluginsDir(boolean withFaultyPlugins) {
        try {
            Path dir = Files.createTempDirectory("kring-plugins-");
            copyJars(coursePlugins(), dir);
            if (withFaultyPlugins) {
                copyJars(fixturePlugins(), dir);
                Files.write(dir.resolve("not-a-zip.jar"), "this is not a jar file".getBytes());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Gives a Spring test context its own empty database (see {@link TestDatabase}) and {@code plugins} as its plugins directory,
     * with no bundled plugins copied in.
     */
    public static void isolate(DynamicPropertyRegistry registry, Path plugins) {
        String database = TestDatabase.fresh();
        registry.add("spring.datasource.url", () -> database);
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
        TestDatabase.smallPool().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("kring.plugins.dir", plugins::toString);
        registry.add("kring.plugins.bundled-dir", () -> "");
    }

    /** The plugin ids of everything the build bundles: the course plugins built from content/ and the activity plugins. */
    public static java.util.List<String> bundledPluginIds() {
        try (Stream<Path> jars = Files.list(coursePlugins())) {
            return jars.map(jar -> jar.getFileName().toString()).filter(name -> name.endsWith(".jar"))
                    .map(name -> name.replaceFirst("-\\d+\\.\\d+\\.\\d+\\.jar$", "")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the bundled courses ({@code craft}, {@code naasten-betrekken}, …). */
    public static java.util.List<String> bundledCourseIds() {
        return bundledPluginIds().stream().filter(id -> id.startsWith("course-")).map(id -> id.substring("course-".length()))
                .toList();
    }

    /**
     * The plugins that load from {@link #freshPluginsDir freshPluginsDir(true)}: every bundled one, and the two fixtures
     * that work (a course with a faulty exercise, an activity type that throws) among those that fail.
     */
    public static java.util.List<String> workingPluginIdsWithFixtures() {
        java.util.List<String> working = new java.util.ArrayList<>(bundledPluginIds());
        working.addAll(java.util.List.of("activity-throwing", "course-met-kapotte-oefening"));
        return working;
    }

    private static void copyJars(Path from, Path to) throws IOException {
        try (Stream<Path> jars = Files.list(from)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Files.copy(jar, to.resolve(jar.getFileName()));
            }
        }
    }

    private static Path folder(String property, String fallback) {
        String configured = System.getProperty(property);
        Path dir = configured != null ? Path.of(configured) : findUp(fallback);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("No plugin jars at " + dir + ": build the reactor first (./mvnw verify)");
        }
        return dir;
    }

    private static Path findUp(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve(relative))) {
            dir = dir.getParent();
        }
        return dir == null ? Path.of(relative) : dir.resolve(relative);
    }
}
