package nl.kring.learning;

import java.time.Instant;
import java.util.Map;

/**
 * Published once when a learner finishes a stepwise activity (a role-play): the score and the competences it gives
 * evidence for, with the course version, so that competence tracking can count it and recompute later.
 */
public record ActivityCompleted(long userId, String courseId, String activityId, String courseVersion, long attemptId,
                                double score, Map<String, Integer> competences, Instant at) {

    public ActivityCompleted {
        competences = Map.copyOf(competences);
    }
}
