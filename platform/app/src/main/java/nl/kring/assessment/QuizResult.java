package nl.kring.assessment;

import java.util.List;

import nl.kring.catalog.QuizDefinition;

/**
 * A graded attempt with everything the review shows.
 *
 * @param score        between 0 and 1
 * @param questions    every question asked, with the answer, the item score and (when {@code showKey}) the key and
 *                     the feedback
 * @param showKey      whether the review may show the right answers and the feedback (the quiz may keep them back
 *                     until the learner passed or used the last attempt)
 * @param attemptsLeft how many attempts remain, or -1 when there is no limit
 * @param timeUp       whether the attempt was submitted because its time was up
 */
public record QuizResult(long attemptId, int attemptNumber, double score, boolean passed, QuizDefinition quiz,
                         List<QuizQuestion> questions, boolean showKey, int attemptsLeft, boolean timeUp) {

    public QuizResult {
        questions = List.copyOf(questions);
    }

    public boolean canTryAgain() {
        return attemptsLeft != 0;
    }

    public int percent() {
        return (int) Math.round(score * 100);
    }
}
