package nl.kring.api.activity;

import java.util.List;
import java.util.Optional;

/**
 * Where a learner is in a stepwise activity.
 *
 * @param transcript what happened so far, e.g. {@link ActivityBlock.Line}s of a conversation
 * @param prompt     what the learner can do now ({@link ActivityBlock.Choice}, {@link ActivityBlock.CodedText});
 *                   empty once the activity is finished
 * @param result     the result, once the activity is finished
 * @param forReview  answers a trainer should look at (typed responses), listed once the activity is finished
 * @since 1.2.0
 */
public record ActivityStep(List<ActivityBlock> transcript, List<ActivityBlock> prompt, Optional<ActivityResult> result,
                           List<ReviewRequest> forReview) {

    public ActivityStep {
        transcript = List.copyOf(transcript);
        prompt = List.copyOf(prompt);
        forReview = List.copyOf(forReview);
    }

    public boolean finished() {
        return result.isPresent();
    }

    /**
     * A typed answer for a trainer to code and comment on.
     *
     * @param id       stable within the activity, e.g. the node where it was typed
     * @param context  what the learner answered to (Markdown)
     * @param response what the learner typed
     * @param selfCode the code the learner gave their own answer (one of {@code codes})
     * @param codes    the codes a trainer chooses from
     */
    public record ReviewRequest(String id, String context, String response, String selfCode,
                                List<ActivityBlock.Option> codes) {

        public ReviewRequest {
            codes = List.copyOf(codes);
        }
    }
}
