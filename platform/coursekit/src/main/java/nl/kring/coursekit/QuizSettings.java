package nl.kring.coursekit;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a quiz is taken.
 *
 * @param attempts         how many attempts a learner has; 0 for as many as they like
 * @param shuffleItems     whether every attempt puts the items in an order of its own (a case stays together)
 * @param shuffleOptions   whether the options of choice items appear in another order in every attempt
 * @param feedback         when learners see the key, the option feedback and the explanations
 * @param timeLimitMinutes the time an attempt may take, enforced by the server; 0 for no limit
 */
public record QuizSettings(int attempts, boolean shuffleItems, boolean shuffleOptions, Feedback feedback,
                           int timeLimitMinutes) {

    /** When learners see the key and the feedback. */
    public enum Feedback {
        /** Per item, as soon as the learner checks the answer; a checked answer is final. */
        IMMEDIATELY("immediately"),
        /** In the review of every attempt. */
        AFTER_SUBMIT("after-submit"),
        /** Only once the learner passed or used the last attempt; before that the review shows right or wrong only. */
        AFTER_LAST_ATTEMPT("after-last-attempt");

        private final String yaml;

        Feedback(String yaml) {
            this.yaml = yaml;
        }

        public String yaml() {
            return yaml;
        }

        static Optional<Feedback> of(String value) {
            return Arrays.stream(values()).filter(f -> f.yaml.equals(value)).findFirst();
        }
    }

    public static final QuizSettings DEFAULT = new QuizSettings(0, false, false, Feedback.AFTER_SUBMIT, 0);

    public boolean hasTimeLimit() {
        return timeLimitMinutes > 0;
    }
}
