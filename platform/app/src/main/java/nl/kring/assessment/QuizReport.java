package nl.kring.assessment;

import java.util.List;
import java.util.Map;

import nl.kring.catalog.QuizDefinition;
import nl.kring.coursekit.QuizLeaf;

/**
 * The statistics of a quiz for its trainers, with what is needed to show them: each item's question and the labels
 * of its options.
 *
 * @param firstAttemptsOnly whether only each learner's first attempt counts (as Moodle's report does by default)
 */
public record QuizReport(QuizDefinition quiz, boolean firstAttemptsOnly, QuizStatistics statistics, List<Item> items) {

    public QuizReport {
        items = List.copyOf(items);
    }

    /**
     * One item of the quiz; {@code statistics} is null when no counted attempt asked it.
     *
     * @param labels the text learners saw for each answer value (option ids, matched pairs, steps)
     * @param right  the answer values of a fully right answer (the right options, the right pairs)
     */
    public record Item(QuizLeaf leaf, ItemStatistics statistics, Map<String, String> labels, java.util.Set<String> right) {

        public Item {
            labels = Map.copyOf(labels);
            right = java.util.Set.copyOf(right);
        }
    }
}
