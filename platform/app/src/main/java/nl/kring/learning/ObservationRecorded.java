package nl.kring.learning;

import java.time.Instant;
import java.util.Map;

/**
 * Published when a trainer records an observed performance of an activity (e.g. a role-play): evidence that the
 * learner shows the skill, with the competences of the activity and the course version.
 */
public record ObservationRecorded(long userId, long observerId, String courseId, String activityId, String courseVersion,
                                  long observationId, double score, Map<String, Integer> competences, Instant at) {

    public ObservationRecorded {
        competences = Map.copyOf(competences);
    }
}
