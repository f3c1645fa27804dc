package nl.kring.assessment;

import java.util.List;
import java.util.Map;

import nl.kring.catalog.QuizDefinition;

/**
 * A graded attempt with everything the review shows.
 *
 * @param score      between 0 and 1
 * @param itemScores by item id, between 0 and 1
 */
public record QuizResult(long attemptId, int attemptNumber, double score, boolean passed, QuizDefinition quiz,
                         Map<String, List<String>> answers, Map<String, Double> itemScores) {

    public QuizResult {
        answers = Map.copyOf(answers);
        itemScores = Map.copyOf(itemScores);
    }

    public int percent() {
        return (int) Math.round(score * 100);
    }
}
