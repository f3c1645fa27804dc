package nl.kring.learning;

import java.util.Optional;

import nl.kring.api.activity.ActivityStep;

/**
 * The learner's play of a stepwise activity.
 *
 * @param step where the learner is; empty when the activity's plugin is missing or failed
 */
public record ActivityPlay(long attemptId, int attemptNumber, Optional<ActivityStep> step) {

    public boolean finished() {
        return step.map(ActivityStep::finished).orElse(false);
    }
}
