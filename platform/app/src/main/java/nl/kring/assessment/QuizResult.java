package nl.kring.assessment;

import java.util.List;
import java.util.Map;

import nl.kring.catalog.QuizDefinition;

/**
 * A graded attempt with everything the review shows.
 *
 * @param score      between 0 and 1
 * @param itemScores   by item id, between 0 and 1
 * @param showKey      whether the review may show the right answers and the feedback (the quiz may keep them back
 *                     until the learner passed or used the last attempt)
 * @param attemptsLeft how many attempts remain, or -1 when there is no limit
 */
public record QuizResult(long attemptId, int attemptNumber, double score, boolean passed, QuizDefinition quiz,
                         Map<String, List<String>> answers, Map<String, Double> itemScores, boolean showKey,
                         int attemptsLeft) {

    public QuizResult {
        answers = Map.copyOf(answers);
        itemScores = Map.copyOf(itemScores);
    }

    public boolean canTryAgain() {
        return attemptsLeft != 0;
    }

    public int percent() {
        return (int) Math.round(score * 100);
    }
}
