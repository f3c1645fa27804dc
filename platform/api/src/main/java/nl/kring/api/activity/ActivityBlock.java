package nl.kring.api.activity;

import java.util.List;

/**
 * A part of an {@link ActivityView}. The set of block kinds grows with new minor API versions; the platform shows
 * a block kind it does not know as a short notice, never as an error.
 *
 * @since 1.0.0
 */
public sealed interface ActivityBlock permits ActivityBlock.Text, ActivityBlock.Choice, ActivityBlock.FreeText {

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
}
