package nl.kring.coursekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The courses Kring ships pass the linter without an error or a warning. (The activity plugins' own checks of
 * role-plays and genograms run when plugins/courses packages them; here the activity types are known by name.)
 */
class BundledCoursesLintTest {

    private final Linter linter = new Linter(new CourseReader(CompetenceFramework.standard(),
            CourseReaderTest.BUNDLED_ACTIVITY_TYPES, nl.kring.api.KringApi.VERSION));

    static List<Path> courses() throws IOException {
        return CourseReaderTest.bundledCourses();
    }

    @ParameterizedTest
    @MethodSource("courses")
    void passesTheLinterWithoutWarnings(Path course) throws Exception {
        Linter.Report report = linter.lint(course, Optional.empty());

        assertThat(report.problems()).as(course.getFileName().toString()).isEmpty();
        assertThat(report.course()).isPresent();
    }
}
