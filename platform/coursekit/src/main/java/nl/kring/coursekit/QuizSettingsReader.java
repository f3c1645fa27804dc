package nl.kring.coursekit;

import java.util.List;
import java.util.Optional;

/** Reads a quiz's settings: attempts, shuffling, feedback timing and time limit, with a line for every mistake. */
final class QuizSettingsReader {

    private final String path;
    private final YamlMap yaml;
    private final List<Problem> problems;

    QuizSettingsReader(String path, YamlMap yaml, List<Problem> problems) {
        this.path = path;
        this.yaml = yaml;
        this.problems = problems;
    }

    QuizSettings read() {
        int attempts = yaml.integer("attempts", 0);
        if (attempts < 0) {
            problems.add(new Problem(path, yaml.lineOf("attempts"), "attempts cannot be negative", "leave it out for unlimited attempts"));
        }
        String feedback = yaml.string("feedback").orElse(QuizSettings.Feedback.AFTER_SUBMIT.yaml());
        Optional<QuizSettings.Feedback> timing = QuizSettings.Feedback.of(feedback);
        if (timing.isEmpty()) {
            problems.add(new Problem(path, yaml.lineOf("feedback"), "feedback: '" + feedback + "' is not known",
                    "use immediately, after-submit or after-last-attempt"));
        }
        if (timing.orElse(null) == QuizSettings.Feedback.AFTER_LAST_ATTEMPT && attempts == 0) {
            problems.add(new Problem(path, yaml.lineOf("feedback"), "feedback after the last attempt needs a number of attempts",
                    "add attempts: 2 (or use feedback: after-submit)"));
        }
        int timeLimit = yaml.integer("timeLimit", 0);
        if (yaml.has("timeLimit") && (timeLimit < 1 || timeLimit > 24 * 60)) {
            problems.add(new Problem(path, yaml.lineOf("timeLimit"), "timeLimit must be a number of minutes from 1 to 1440",
                    "leave it out for no time limit"));
        }
        String shuffle = yaml.string("shuffle").orElse("false");
        if (!List.of("true", "false", "items", "options").contains(shuffle)) {
            problems.add(new Problem(path, yaml.lineOf("shuffle"), "shuffle: '" + shuffle + "' is not known",
                    "use true (items and options), items, options or false"));
        }
        boolean items = shuffle.equals("true") || shuffle.equals("items");
        boolean options = shuffle.equals("true") || shuffle.equals("options");
        return new QuizSettings(Math.max(0, attempts), items, options, timing.orElse(QuizSettings.Feedback.AFTER_SUBMIT),
                timeLimit > 0 && timeLimit <= 24 * 60 ? timeLimit : 0);
    }
}
