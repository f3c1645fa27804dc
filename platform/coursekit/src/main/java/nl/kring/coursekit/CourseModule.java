package nl.kring.coursekit;

/** A group of lessons within a course, in the order given in {@code course.yaml}. */
public record CourseModule(String id, LocalizedText title) {
}
