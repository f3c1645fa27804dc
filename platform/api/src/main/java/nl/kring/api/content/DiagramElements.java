package nl.kring.api.content;

import java.util.List;

/**
 * A diagram's notation read as form elements.
 *
 * @param elements    in the order the form lists them (the order matters where the notation's order does, e.g. the
 *                    birth order of children)
 * @param unsupported what the forms cannot show (errors in the text, or something only the notation can say); when
 *                    not empty the platform keeps the learner in the text editor and shows these
 * @since 1.3.0
 */
public record DiagramElements(List<DiagramElement> elements, List<DiagramProblem> unsupported) {

    public DiagramElements {
        elements = List.copyOf(elements);
        unsupported = List.copyOf(unsupported);
    }
}
