package nl.kring.content;

import java.util.Optional;

/**
 * Decides what a fenced code block becomes: a diagram (a picture with a description) or, when empty, code as
 * written. The caller knows the course and which diagram languages its plugins draw.
 */
@FunctionalInterface
public interface DiagramResolver {

    /**
     * @param language the block's language, e.g. {@code genogram}
     * @param index    the block's position among all fenced code blocks of the text, from 0
     */
    Optional<Figure> resolve(String language, String source, int index);

    /**
     * A diagram as the lesson shows it.
     *
     * @param imageUrl            where the picture is served
     * @param alt                 a short alternative text
     * @param descriptionMarkdown the full text alternative, shown under the picture on request
     * @param descriptionLabel    the label of the control that shows the description, in the reader's language
     */
    record Figure(String imageUrl, String alt, String descriptionMarkdown, String descriptionLabel) {
    }

    /** Leaves every code block as code. */
    DiagramResolver NONE = (language, source, index) -> Optional.empty();
}
