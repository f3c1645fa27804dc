package nl.kring.api.content;

/**
 * Something wrong in a diagram's text.
 *
 * @param line    1-based, counted from the first line of text inside the code block
 * @param hint    how to fix it; may be {@code null}
 * @param warning whether the diagram can be shown all the same (a warning does not stop a course from installing)
 * @since 1.2.0
 */
public record DiagramProblem(int line, String message, String hint, boolean warning) {

    /** An error: the course is not installed until it is fixed. */
    public DiagramProblem(int line, String message, String hint) {
        this(line, message, hint, false);
    }
}
