package nl.kring.api.content;

import java.util.List;
import java.util.Optional;

import org.pf4j.ExtensionPoint;

/**
 * A kind of diagram that course authors write as text in a fenced code block of a lesson, e.g.
 * <pre>
 * ```genogram
 * person ernst male "Ernst" born 1968 index
 * ```
 * </pre>
 * The plugin checks the text and draws it as SVG; the platform shows the picture in the lesson with the text
 * alternative for screen readers, serves the SVG under a policy that forbids scripts, and reports the plugin's
 * problems with the lesson's file and line when the course is checked or installed.
 *
 * <p><b>Who calls it, and when.</b> {@link #check} when a course is linted, packaged or installed; {@link #render}
 * when a lesson with such a block is shown and when its picture is fetched; the form methods when a learner builds a
 * diagram in an exercise. Calls go through the platform's guard: a
 * plugin that throws costs only that picture. Implementations must be thread-safe and keep no state.
 *
 * @since 1.2.0
 */
public interface DiagramType extends ExtensionPoint {

    /** The code block's language, e.g. {@code genogram}; lowercase, stable. */
    String language();

    /**
     * Checks the text of one block.
     *
     * @return problems with their line, counted from the block's first line of text (1); empty when it is fine
     */
    List<DiagramProblem> check(String source);

    /** Draws the block in {@code language} (a language the course declares). */
    Diagram render(String source, String language);

    /**
     * The forms with which learners can build this kind of diagram instead of writing the notation, in the learner's
     * language; empty when the plugin offers none (the platform then shows only the text editor).
     *
     * @since 1.3.0
     */
    default Optional<DiagramForm> form(String language) {
        return Optional.empty();
    }

    /**
     * Reads a text as the form's elements, with their names and summaries in the learner's language. Only called
     * when {@link #form} is present.
     *
     * @since 1.3.0
     */
    default DiagramElements elements(String source, String language) {
        throw new UnsupportedOperationException(language() + " has no form");
    }

    /**
     * Writes the form's elements as notation; elements without an id get one, references to other elements are by
     * id. Only called when {@link #form} is present.
     *
     * @since 1.3.0
     */
    default String source(List<DiagramElement> elements) {
        throw new UnsupportedOperationException(language() + " has no form");
    }
}
