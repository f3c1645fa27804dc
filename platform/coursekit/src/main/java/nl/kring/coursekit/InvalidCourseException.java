package nl.kring.coursekit;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a course folder or jar cannot be read; carries every problem found, not just the first. */
public class InvalidCourseException extends Exception {

    private final transient List<Problem> problems;

    public InvalidCourseException(String origin, List<Problem> problems) {
        super(origin + " has " + problems.size() + " problem(s):\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
