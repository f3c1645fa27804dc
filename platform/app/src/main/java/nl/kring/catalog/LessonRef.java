package nl.kring.catalog;

/** A lesson as listed in an outline or linked from a neighbouring lesson. */
public record LessonRef(String id, String title, int minutes) {
}
