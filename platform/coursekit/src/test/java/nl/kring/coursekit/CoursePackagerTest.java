package nl.kring.coursekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoursePackagerTest {

    private final CoursePackager packager = new CoursePackager(bundledReader(), true);

    @TempDir
    Path output;

    private static CourseReader bundledReader() {
        return new CourseReader(CompetenceFramework.standard(), CourseReaderTest.BUNDLED_ACTIVITY_TYPES,
                nl.kring.api.KringApi.VERSION);
    }

    @Test
    void packagesACourseAsAPf4jPluginJarWithItsFilesUnderCourse() throws Exception {
        Path jar = packager.packageCourse(CourseReaderTest.contentRoot().resolve("naasten-betrekken"), output);

        assertThat(jar.getFileName().toString()).matches("course-naasten-betrekken-\\d+\\.\\d+\\.\\d+\\.jar");
        try (JarFile file = new JarFile(jar.toFile())) {
            Attributes main = file.getManifest().getMainAttributes();
            assertThat(main.getValue("Plugin-Id")).isEqualTo("course-naasten-betrekken");
            assertThat(main.getValue("Plugin-Version")).matches("\\d+\\.\\d+\\.\\d+");
            assertThat(main.getValue("Plugin-Requires")).isNotBlank();
            assertThat(main.getValue("Plugin-Class")).isEqualTo("org.pf4j.Plugin");
            assertThat(file.getEntry("course/course.yaml")).isNotNull();
            assertThat(file.getEntry("course/lessons/01-waarom-steun.nl.md")).isNotNull();
        }
        CoursePackage fromJar = bundledReader().read(new JarCourseFiles(jar));
        CoursePackage fromFolder = bundledReader()
                .read(new DirectoryCourseFiles(CourseReaderTest.contentRoot().resolve("naasten-betrekken")));
        assertThat(fromJar).isEqualTo(fromFolder);
    }

    @Test
    void theSameFolderAlwaysGivesTheSameBytes() throws Exception {
        Path course = CourseReaderTest.contentRoot().resolve("naasten-betrekken");
        Path first = packager.packageCourse(course, output.resolve("a"));
        Thread.sleep(1100);
        Path second = packager.packageCourse(course, output.resolve("b"));

        assertThat(sha256(second)).isEqualTo(sha256(first));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
