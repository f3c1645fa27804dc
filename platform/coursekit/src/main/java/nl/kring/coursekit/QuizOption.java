package nl.kring.coursekit;

/** One answer option of a choice item; {@code feedback} may be empty. */
public record QuizOption(String id, LocalizedText text, boolean correct, LocalizedText feedback) {
}
