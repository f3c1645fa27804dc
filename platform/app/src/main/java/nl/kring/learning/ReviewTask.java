package nl.kring.learning;

import java.time.Instant;
import java.util.List;

import nl.kring.api.activity.ActivityBlock;

/**
 * A learner's typed response waiting for a trainer: what they answered to, what they said, how they coded it.
 *
 * @param codes the codes to choose from, as the learner saw them
 */
public record ReviewTask(long reviewId, String learner, String courseId, String activityId, String activityTitle,
                         String context, String response, ActivityBlock.Option selfCode, List<ActivityBlock.Option> codes,
                         Instant finishedAt) {

    public ReviewTask {
        codes = List.copyOf(codes);
    }
}
