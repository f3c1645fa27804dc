package nl.kring.api.activity;

/**
 * The outcome of a submitted activity.
 *
 * @param score           between 0 and 1
 * @param feedbackMarkdown what the learner reads afterwards
 * @since 1.0.0
 */
public record ActivityResult(double score, String feedbackMarkdown) {

    public ActivityResult {
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score must be between 0 and 1, not " + score);
        }
    }
}
