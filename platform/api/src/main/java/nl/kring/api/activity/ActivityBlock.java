package nl.kring.api.activity;

import java.util.List;

/**
 * A part of an {@link ActivityView}. The set of block kinds grows with new minor API versions; the platform shows
 * a block kind it does not know as a short notice, never as an error.
 *
 * @since 1.0.0
 */
public sealed interface ActivityBlock permits ActivityBlock.Text, ActivityBlock.Choice, ActivityBlock.FreeText,
        ActivityBlock.Line, ActivityBlock.CodedText, ActivityBlock.Number, ActivityBlock.Picture,
        ActivityBlock.DiagramEditor {

    /** Text in Markdown (sanitised like lessons). */
    record Text(String markdown) implements ActivityBlock {
    }

    /** A question with options; the answer is the chosen option id (comma-separated when {@code multiple}). */
    record Choice(String id, String prompt, List<Option> options, boolean multiple) implements ActivityBlock {

        public Choice {
            options = List.copyOf(options);
        }
    }

    /** An open answer; the answer is the text. */
    record FreeText(String id, String prompt) implements ActivityBlock {
    }

    /** One option of a {@link Choice}. */
    record Option(String id, String label) {
    }

    /**
     * One line of a conversation in a stepwise activity's transcript.
     *
     * @param speaker who speaks: a persona's name, or empty for the learner and for notes
     * @param role    what the speaker is: {@code learner}, {@code note} (feedback, examples, narration) or a persona's
     *                role such as {@code client}, {@code partner}, {@code parent}
     * @param tags    short labels shown with the line, e.g. the behaviour code of the learner's response or
     *                {@code change talk}; may be empty
     * @since 1.2.0
     */
    record Line(String speaker, String role, String markdown, List<String> tags) implements ActivityBlock {

        public Line {
            tags = List.copyOf(tags);
        }

        public boolean isLearner() {
            return "learner".equals(role);
        }

        public boolean isNote() {
            return "note".equals(role);
        }
    }

    /**
     * A typed answer the learner codes themselves: the answer is the text under {@code id} and the chosen code under
     * {@code id + ".code"}.
     *
     * @since 1.2.0
     */
    record CodedText(String id, String prompt, String codePrompt, List<Option> codes) implements ActivityBlock {

        public CodedText {
            codes = List.copyOf(codes);
        }
    }

    /**
     * A whole number from {@code min} to {@code max}, e.g. a behaviour count or a rating; the answer is the number.
     *
     * @since 1.2.0
     */
    record Number(String id, String prompt, int min, int max) implements ActivityBlock {
    }

    /**
     * A diagram written in a language a diagram plugin draws (e.g. {@code genogram}), shown as a picture with its
     * text alternative, as in lessons.
     *
     * @since 1.2.0
     */
    record Picture(String diagramLanguage, String source) implements ActivityBlock {
    }

    /**
     * A diagram the learner writes, with a live preview drawn by the diagram plugin and its problems listed as the
     * learner types; the answer is the text.
     *
     * @since 1.2.0
     */
    record DiagramEditor(String id, String diagramLanguage, String prompt, String source) implements ActivityBlock {
    }
}
