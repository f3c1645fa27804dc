package nl.kring.coursekit;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The result of reading and checking a course: the course when it could be read, and every problem found,
 * sorted by file and line.
 */
public record CourseCheck(Optional<CoursePackage> course, List<Problem> problems) {

    public CourseCheck {
        problems = problems.stream()
                .sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line))
                .toList();
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
