package nl.kring.coursekit;

/**
 * How a quiz is taken.
 *
 * @param attempts how many attempts a learner has; 0 for as many as they like
 * @param shuffle  whether the options of choice items appear in another order in every attempt
 * @param feedback when the review shows the right answers, the option feedback and the explanations
 */
public record QuizSettings(int attempts, boolean shuffle, Feedback feedback) {

    /** When learners see the key and the feedback. */
    public enum Feedback {
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

        static java.util.Optional<Feedback> of(String value) {
            return java.util.Arrays.stream(values()).filter(f -> f.yaml.equals(value)).findFirst();
        }
    }

    public static final QuizSettings DEFAULT = new QuizSettings(0, false, Feedback.AFTER_SUBMIT);
}
