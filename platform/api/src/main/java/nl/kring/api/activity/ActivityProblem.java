package nl.kring.api.activity;

/**
 * Something an activity type found wrong in an activity file; shown to trainers as {@code file:line: message (hint)}.
 *
 * @param line 1-based line in the activity file, or 0 for the whole file
 * @since 1.0.0
 */
public record ActivityProblem(int line, String message, String hint) {
}
