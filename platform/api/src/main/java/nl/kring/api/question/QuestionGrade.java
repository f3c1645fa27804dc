package nl.kring.api.question;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one answer, with what the review shows.
 *
 * @param score           between 0 and 1; partial credit where the type allows it
 * @param rightResponse   a fully right answer, in the same format as the learner's (the platform shows it with the
 *                        input's labels)
 * @param rightAnswerText the right answer as text for learners, e.g. {@code 42 (± 0.5)}; empty to let the platform
 *                        describe {@code rightResponse}
 * @param feedback        Markdown feedback per answer value (e.g. per chosen option id); shown for the values the
 *                        learner gave
 * @since 1.1.0
 */
public record QuestionGrade(double score, List<String> rightResponse, String rightAnswerText, Map<String, String> feedback) {

    public QuestionGrade {
        if (score < 0 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("score must be between 0 and 1, not " + score);
        }
        rightResponse = List.copyOf(rightResponse);
        feedback = Map.copyOf(feedback);
    }

    /** Whether the answer is fully right. */
    public boolean correct() {
        return score >= 1 - 1e-9;
    }
}
