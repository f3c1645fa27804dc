package nl.kring.coursekit;

/** A source a course draws on, listed in {@code course.yaml} so learners and reviewers can trace every claim. */
public record SourceReference(String id, String citation, String file) {
}
