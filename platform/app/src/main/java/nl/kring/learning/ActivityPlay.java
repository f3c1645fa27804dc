package nl.kring.learning;

import java.util.Optional;

import nl.kring.api.activity.ActivityStep;

/**
 * The learner's play of a stepwise activity.
 *
 * @param step  where the learner is; empty when the activity's plugin is missing or failed
 * @param draft what the learner built or typed for this step but did not send yet (empty when nothing)
 */
public record ActivityPlay(long attemptId, int attemptNumber, Optional<ActivityStep> step, String draft) {

    public boolean finished() {
        return step.map(ActivityStep::finished).orElse(false);
    }
}
