package nl.kring.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Published once when an attempt is graded. Holds enough to recompute evidence later: every item with its score and
 * the competences it gives evidence for, and the course version the quiz came from.
 */
public record QuizAttemptGraded(long userId, String courseId, String quizId, String courseVersion, long attemptId,
                                double score, boolean passed, List<ItemScore> items, Instant at) {

    /** One graded item. */
    public record ItemScore(String itemId, double score, Map<String, Integer> competences) {
    }
}
