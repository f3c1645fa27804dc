package nl.kring.assessment;

import java.util.List;

/**
 * One graded attempt, as the quiz statistics read it: the items this attempt drew, each with its score and response.
 * When a quiz draws its items from a pool, attempts hold different items; an item the attempt did not draw is simply
 * absent (an item it drew but the learner left open is present, with score 0 and an empty response).
 */
public record GradedAttempt(long attemptId, List<ItemResponse> responses) {

    public GradedAttempt {
        responses = List.copyOf(responses);
    }
}
