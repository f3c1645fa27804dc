package nl.kring.coursekit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads {@code quizzes/<name>.yaml} and checks that every item can be graded. */
final class QuizReader {

    static final Set<String> ITEM_TYPES = Set.of("single-choice", "multiple-response", "true-false");
    private static final Set<String> QUIZ_KEYS = Set.of("id", "title", "module", "order", "passMark", "items");
    private static final Set<String> ITEM_KEYS = Set.of("id", "type", "text", "options", "answer", "explanation", "competences");
    private static final Set<String> OPTION_KEYS = Set.of("id", "text", "correct", "feedback");
    private final CourseDescriptor course;
    private final CompetenceFramework competences;
    private final List<Problem> problems;

    QuizReader(CourseDescriptor course, CompetenceFramework competences, List<Problem> problems) {
        this.course = course;
        this.competences = competences;
        this.problems = problems;
    }

    List<Quiz> read(CourseFiles files, List<String> paths) throws IOException {
        return YamlMap.readEach(files, paths, "quizzes", problems, this::quiz);
    }

    private Optional<Quiz> quiz(String path, YamlMap yaml) {
        yaml.rejectUnknownKeys(QUIZ_KEYS);
        String id = Ids.requireSlug(yaml, "id", "quiz", problems);
        LocalizedText title = yaml.localized("title", course.languages());
        String module = Ids.requireModule(yaml, course, problems);
        int passMark = yaml.integer("passMark", 70);
        if (passMark < 0 || passMark > 100) {
            problems.add(new Problem(path, yaml.lineOf("passMark"), "passMark must be a percentage from 0 to 100", null));
        }
        List<QuizItem> items = new ArrayList<>();
        Set<String> itemIds = new HashSet<>();
        for (YamlMap item : yaml.maps("items")) {
            QuizItem read = item(item);
            if (!read.id().isEmpty() && !itemIds.add(read.id())) {
                problems.add(new Problem(path, item.lineOf("id"), "item id '" + read.id() + "' is used twice in this quiz",
                        "every item needs its own id"));
            }
            items.add(read);
        }
        if (items.isEmpty()) {
            problems.add(new Problem(path, yaml.lineOf("items"), "the quiz has no items", "add items: with at least one question"));
        }
        return Optional.of(new Quiz(id, path, title, module, yaml.integer("order", 0), passMark, items));
    }

    private QuizItem item(YamlMap item) {
        item.rejectUnknownKeys(ITEM_KEYS);
        String id = Ids.requireSlug(item, "id", "item", problems);
        String type = item.requiredString("type", String.join(", ", ITEM_TYPES));
        if (!type.isEmpty() && !ITEM_TYPES.contains(type)) {
            problems.add(new Problem(item.file(), item.lineOf("type"), "unknown item type '" + type + "'",
                    "item types: " + String.join(", ", new java.util.TreeSet<>(ITEM_TYPES))));
        }
        LocalizedText text = item.localized("text", course.languages());
        LocalizedText explanation = item.has("explanation") ? item.localized("explanation", course.languages())
                : new LocalizedText(Map.of());
        List<QuizOption> options = options(item);
        Boolean answer = item.bool("answer");
        checkKey(item, id, type, options, answer);
        return new QuizItem(id, type, text, options, answer, explanation, Ids.competences(item, competences, problems));
    }

    private List<QuizOption> options(YamlMap item) {
        List<QuizOption> options = new ArrayList<>();
        Set<String> optionIds = new HashSet<>();
        for (YamlMap option : item.maps("options")) {
            option.rejectUnknownKeys(OPTION_KEYS);
            String id = option.requiredString("id", "a short id such as a, b, c");
            if (!id.isEmpty() && !optionIds.add(id)) {
                problems.add(new Problem(option.file(), option.lineOf("id"), "option id '" + id + "' is used twice", null));
            }
            Boolean correct = option.bool("correct");
            LocalizedText feedback = option.has("feedback") ? option.localized("feedback", course.languages())
                    : new LocalizedText(Map.of());
            options.add(new QuizOption(id, option.localized("text", course.languages()), Boolean.TRUE.equals(correct), feedback));
        }
        return options;
    }

    /** Every item needs a key: the rule that catches most authoring slips. */
    private void checkKey(YamlMap item, String id, String type, List<QuizOption> options, Boolean answer) {
        long correct = options.stream().filter(QuizOption::correct).count();
        String where = "item '" + id + "'";
        switch (type) {
            case "single-choice" -> {
                if (options.size() < 2) {
                    problems.add(new Problem(item.file(), item.line(), where + " needs at least two options", null));
                }
                if (correct != 1) {
                    problems.add(new Problem(item.file(), item.line(), where + " has " + correct
                            + " correct options; a single-choice item needs exactly one",
                            correct == 0 ? "mark the right option with correct: true" : "use type: multiple-response"));
                }
            }
            case "multiple-response" -> {
                if (correct == 0) {
                    problems.add(new Problem(item.file(), item.line(), where + " has no correct option",
                            "mark every right option with correct: true"));
                }
            }
            case "true-false" -> {
                if (answer == null) {
                    problems.add(new Problem(item.file(), item.line(), where + " has no answer",
                            "add answer: true or answer: false"));
                }
                if (!options.isEmpty()) {
                    problems.add(new Problem(item.file(), item.lineOf("options"), where + " is true-false and takes no options",
                            "remove options:, or use type: single-choice"));
                }
            }
            default -> {
                // an unknown type was reported already
            }
        }
    }
}
