package nl.kring.learning;

import java.util.Optional;

import nl.kring.api.activity.ActivityBlock;

/**
 * One of the learner's typed responses with the trainer's code and comment once reviewed.
 *
 * @param trainerCode empty while no trainer has reviewed it
 */
public record ReviewedResponse(String requestId, String context, String response, ActivityBlock.Option selfCode,
                               Optional<ActivityBlock.Option> trainerCode, String comment) {

    /** Whether the learner coded it as the trainer did. */
    public boolean agreed() {
        return trainerCode.map(code -> code.id().equals(selfCode.id())).orElse(false);
    }
}
