package nl.kring.api.question;

/**
 * Something a question type found wrong in an item; shown to trainers as {@code file:line: message (hint)}.
 *
 * @param line 1-based line in the quiz file (from {@link ItemYaml#lineOf}), or 0 for the item as a whole
 * @param hint how to fix it; may be {@code null}
 * @since 1.1.0
 */
public record QuestionProblem(int line, String message, String hint) {
}
