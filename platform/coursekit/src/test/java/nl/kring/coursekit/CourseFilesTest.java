package nl.kring.coursekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseFilesTest {

    @Test
    void safePathNormalisesInsideTheCourse() {
        assertThat(CourseFiles.safePath("lessons/../media/netwerk.svg")).contains("media/netwerk.svg");
        assertThat(CourseFiles.safePath("./media//a.png")).contains("media/a.png");
    }

    @Test
    void safePathRefusesEverythingThatLeavesTheCourse() {
        assertThat(CourseFiles.safePath("../secret")).isEmpty();
        assertThat(CourseFiles.safePath("media/../../x")).isEmpty();
        assertThat(CourseFiles.safePath("/etc/passwd")).isEmpty();
        assertThat(CourseFiles.safePath("..\\x")).isEmpty();
        assertThat(CourseFiles.safePath("C:/x")).isEmpty();
        assertThat(CourseFiles.safePath("")).isEmpty();
    }

    @Test
    void aFolderDoesNotServeFilesOutsideItself(@TempDir Path dir) throws Exception {
        Path course = Files.createDirectories(dir.resolve("course"));
        Files.writeString(dir.resolve("secret.txt"), "no");
        Files.writeString(course.resolve("course.yaml"), "id: x");

        DirectoryCourseFiles files = new DirectoryCourseFiles(course);

        assertThat(files.read("../secret.txt")).isEmpty();
        assertThat(files.read("course.yaml")).isPresent();
        assertThat(files.list()).containsExactly("course.yaml");
    }
}
