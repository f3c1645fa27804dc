package nl.kring.api.question;

import java.util.List;

/**
 * How a learner answers an item. The platform draws each kind with accessible standard components and passes the
 * answer to {@link QuestionType#grade} in the format given per kind. The set of kinds grows with minor API versions.
 *
 * @since 1.1.0
 */
public sealed interface QuestionInput permits QuestionInput.Choice, QuestionInput.Match, QuestionInput.Order,
        QuestionInput.Text {

    /**
     * Options to choose from; the answer is the chosen option ids (one, unless {@code multiple}).
     *
     * @param fixedOrder whether the options must keep their order even when the quiz shuffles (e.g. true/false)
     */
    record Choice(List<Option> options, boolean multiple, boolean fixedOrder) implements QuestionInput {
        public Choice {
            options = List.copyOf(options);
        }
    }

    /**
     * Each prompt is matched with one of the answers (shown in a shuffled order); the answer is one
     * {@code promptId=answerId} value per matched prompt.
     */
    record Match(List<Option> prompts, List<Option> answers) implements QuestionInput {
        public Match {
            prompts = List.copyOf(prompts);
            answers = List.copyOf(answers);
        }
    }

    /** Steps to put in order (shown shuffled); the answer is every step id in the learner's order. */
    record Order(List<Option> steps) implements QuestionInput {
        public Order {
            steps = List.copyOf(steps);
        }
    }

    /** A typed answer (one value); {@code numeric} asks for a number (a decimal comma is fine). */
    record Text(boolean numeric) implements QuestionInput {
    }

    /** One option, prompt or step: a stable id and its plain-text label. */
    record Option(String id, String label) {
    }
}
