package nl.kring.api.content;

import java.util.List;

/**
 * How a learner can build a diagram with forms instead of writing its notation: the kinds of element a diagram is
 * made of (a person, a couple, a relationship …) and the fields of each. The platform draws the forms, lists the
 * elements with their summaries and asks the plugin to turn them into notation ({@link DiagramType#source}) and back
 * ({@link DiagramType#elements}); the notation stays the single truth, so the form and the text editor show the same
 * diagram.
 *
 * @param kinds in the order the platform offers them ("Add a person", "Add a couple", …)
 * @since 1.3.0
 */
public record DiagramForm(List<ElementKind> kinds) {

    public DiagramForm {
        kinds = List.copyOf(kinds);
    }

    /**
     * One kind of element.
     *
     * @param id        stable, e.g. {@code person}
     * @param label     plural heading in the learner's language, e.g. "People"
     * @param addLabel  the add button, e.g. "Add a person"
     * @param single    at most one element of this kind (e.g. a title)
     * @param ordered   the order of these elements matters (e.g. brothers and sisters from oldest to youngest), so the
     *                  learner can move them up and down
     * @param fields    in the order shown
     */
    public record ElementKind(String id, String label, String addLabel, boolean single, boolean ordered,
                              List<Field> fields) {

        public ElementKind {
            fields = List.copyOf(fields);
        }
    }

    /**
     * One field of a form. Values travel as text: a year as digits, a checkbox as {@code true} (absent or empty when
     * not ticked), flags and references as ids separated by commas.
     *
     * @param refersTo for references: the element kinds whose elements may be chosen (by their id)
     * @param help     a short explanation under the field; may be empty
     */
    public record Field(String id, String label, FieldKind kind, boolean required, List<Option> options,
                        List<String> refersTo, String help) {

        public Field {
            options = List.copyOf(options);
            refersTo = List.copyOf(refersTo);
            help = help == null ? "" : help;
        }
    }

    /** What a field holds and how the platform draws it. */
    public enum FieldKind {
        /** One line of text. */
        TEXT,
        /** A year (a whole number from 1000 to 2999). */
        YEAR,
        /** One of the options. */
        CHOICE,
        /** Any number of the options, as ticks. */
        FLAGS,
        /** Yes or no. */
        CHECKBOX,
        /** One element of a kind in {@code refersTo}. */
        REFERENCE,
        /** Several elements of the kinds in {@code refersTo}, in the order chosen. */
        REFERENCES
    }

    /** An option of a choice or a flag. */
    public record Option(String id, String label) {
    }
}
