package nl.kring.api.content;

/**
 * Something wrong in a diagram's text.
 *
 * @param line 1-based, counted from the first line of text inside the code block
 * @param hint how to fix it; may be {@code null}
 * @since 1.2.0
 */
public record DiagramProblem(int line, String message, String hint) {
}
