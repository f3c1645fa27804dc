package nl.kring.learning;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finished activities and observed performances of a course, for processes acting on the system's behalf (mapping
 * evidence again when a course changes); screens use {@link ActivityPlayService} and {@link ObservationService}.
 */
@Component
public class ActivityRecords {

    /** A finished play of an activity with its score. */
    public record Finished(long userId, long attemptId, String activityId, String courseVersion, double score, Instant at) {
    }

    /** An observed performance with its score. */
    public record Observed(long userId, long observationId, Long observerId, String activityId, String courseVersion,
                           double score, Instant at) {
    }

    private final ActivityAttemptRepository attempts;
    private final ActivityObservationRepository observations;

    ActivityRecords(ActivityAttemptRepository attempts, ActivityObservationRepository observations) {
        this.attempts = attempts;
        this.observations = observations;
    }

    @Transactional(readOnly = true)
    public List<Finished> finished(String courseId) {
        return attempts.finished(courseId);
    }

    @Transactional(readOnly = true)
    public List<Observed> observed(String courseId) {
        return observations.observed(courseId);
    }
}
