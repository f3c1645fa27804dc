package nl.kring.catalog;

/** A quiz as listed in a course outline. */
public record QuizRef(String id, String title, int items) {
}
