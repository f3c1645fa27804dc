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

    static final Set<String> ITEM_TYPES = Set.of("single-choice", "multiple-response", "true-false", "matching",
            "ordering", "short-answer", "numeric", "case");
    private static final Set<String> QUIZ_KEYS = Set.of("id", "title", "module", "order", "passMark", "attempts", "shuffle",
            "feedback", "items");
    private static final Set<String> ITEM_KEYS = Set.of("id", "type", "text", "explanation", "competences", "options",
            "answer", "pairs", "steps", "accept", "caseSensitive", "ignoreDiacritics", "tolerance", "case", "items", "lesson");
    private static final Set<String> OPTION_KEYS = Set.of("id", "text", "correct", "feedback");
    private static final Set<String> PAIR_KEYS = Set.of("id", "left", "right");
    private static final Set<String> STEP_KEYS = Set.of("id", "text");
    private final CourseDescriptor course;
    private final CompetenceFramework competences;
    private final List<Problem> problems;
    /** Where items name a lesson, checked once all lessons are known. */
    private final List<LessonReference> lessonReferences = new ArrayList<>();

    private record LessonReference(String file, int line, String lessonId) {
    }

    QuizReader(CourseDescriptor course, CompetenceFramework competences, List<Problem> problems) {
        this.course = course;
        this.competences = competences;
        this.problems = problems;
    }

    List<Quiz> read(CourseFiles files, List<String> paths) throws IOException {
        return YamlMap.readEach(files, paths, "quizzes", problems, this::quiz);
    }

    /** Reports items whose {@code lesson:} names no lesson of the course. */
    void checkLessonReferences(List<Lesson> lessons) {
        for (LessonReference reference : lessonReferences) {
            if (lessons.stream().noneMatch(l -> l.id().equals(reference.lessonId()))) {
                problems.add(new Problem(reference.file(), reference.line(), "unknown lesson '" + reference.lessonId() + "'",
                        "lesson: takes the id from a lesson's front matter"));
            }
        }
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
        return Optional.of(new Quiz(id, path, title, module, yaml.integer("order", 0), passMark, settings(path, yaml), items));
    }

    private QuizSettings settings(String path, YamlMap yaml) {
        int attempts = yaml.integer("attempts", 0);
        if (attempts < 0) {
            problems.add(new Problem(path, yaml.lineOf("attempts"), "attempts cannot be negative", "leave it out for unlimited attempts"));
        }
        String feedback = yaml.string("feedback").orElse(QuizSettings.Feedback.AFTER_SUBMIT.yaml());
        Optional<QuizSettings.Feedback> timing = QuizSettings.Feedback.of(feedback);
        if (timing.isEmpty()) {
            problems.add(new Problem(path, yaml.lineOf("feedback"), "feedback: '" + feedback + "' is not known",
                    "use after-submit or after-last-attempt"));
        }
        if (timing.orElse(null) == QuizSettings.Feedback.AFTER_LAST_ATTEMPT && attempts == 0) {
            problems.add(new Problem(path, yaml.lineOf("feedback"), "feedback after the last attempt needs a number of attempts",
                    "add attempts: 2 (or use feedback: after-submit)"));
        }
        return new QuizSettings(Math.max(0, attempts), Boolean.TRUE.equals(yaml.bool("shuffle")),
                timing.orElse(QuizSettings.Feedback.AFTER_SUBMIT));
    }

    private QuizItem item(YamlMap item) {
        return item(item, true);
    }

    private QuizItem item(YamlMap item, boolean caseAllowed) {
        item.rejectUnknownKeys(ITEM_KEYS);
        String id = Ids.requireSlug(item, "id", "item", problems);
        String type = item.requiredString("type", String.join(", ", new java.util.TreeSet<>(ITEM_TYPES)));
        if (!type.isEmpty() && !ITEM_TYPES.contains(type)) {
            problems.add(new Problem(item.file(), item.lineOf("type"), "unknown item type '" + type + "'",
                    "item types: " + String.join(", ", new java.util.TreeSet<>(ITEM_TYPES))));
        }
        String where = "item '" + id + "'";
        LocalizedText text = type.equals("case") ? new LocalizedText(Map.of()) : item.localized("text", course.languages());
        LocalizedText explanation = item.has("explanation") ? item.localized("explanation", course.languages())
                : new LocalizedText(Map.of());
        ItemKey key = switch (type) {
            case "single-choice", "multiple-response" -> choice(item, where, type.equals("multiple-response"));
            case "true-false" -> trueFalse(item, where);
            case "matching" -> matching(item, where);
            case "ordering" -> ordering(item, where);
            case "short-answer" -> shortAnswer(item, where);
            case "numeric" -> numeric(item, where);
            case "case" -> caseSet(item, where, caseAllowed);
            default -> new ItemKey.Choice(List.of(), false);
        };
        String lesson = item.string("lesson").orElse("");
        if (!lesson.isEmpty()) {
            lessonReferences.add(new LessonReference(item.file(), item.lineOf("lesson"), lesson));
        }
        return new QuizItem(id, type, text, explanation, Ids.competences(item, competences, problems), key, lesson);
    }

    private ItemKey choice(YamlMap item, String where, boolean multiple) {
        List<QuizOption> options = options(item);
        long correct = options.stream().filter(QuizOption::correct).count();
        if (options.size() < 2) {
            problems.add(new Problem(item.file(), item.line(), where + " needs at least two options", null));
        }
        if (!multiple && correct != 1) {
            problems.add(new Problem(item.file(), item.line(), where + " has " + correct
                    + " correct options; a single-choice item needs exactly one",
                    correct == 0 ? "mark the right option with correct: true" : "use type: multiple-response"));
        }
        if (multiple && correct == 0) {
            problems.add(new Problem(item.file(), item.line(), where + " has no correct option",
                    "mark every right option with correct: true"));
        }
        return new ItemKey.Choice(options, multiple);
    }

    private ItemKey trueFalse(YamlMap item, String where) {
        Boolean answer = item.bool("answer");
        if (answer == null && !item.has("answer")) {
            problems.add(new Problem(item.file(), item.line(), where + " has no answer", "add answer: true or answer: false"));
        }
        if (item.has("options")) {
            problems.add(new Problem(item.file(), item.lineOf("options"), where + " is true-false and takes no options",
                    "remove options:, or use type: single-choice"));
        }
        return new ItemKey.TrueFalse(Boolean.TRUE.equals(answer));
    }

    private ItemKey matching(YamlMap item, String where) {
        List<ItemKey.Pair> pairs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlMap pair : item.maps("pairs")) {
            pair.rejectUnknownKeys(PAIR_KEYS);
            String pairId = pair.requiredString("id", "a short id such as a, b, c");
            if (!pairId.isEmpty() && !ids.add(pairId)) {
                problems.add(new Problem(pair.file(), pair.lineOf("id"), "pair id '" + pairId + "' is used twice", null));
            }
            pairs.add(new ItemKey.Pair(pairId, pair.localized("left", course.languages()),
                    pair.localized("right", course.languages())));
        }
        if (pairs.size() < 2) {
            problems.add(new Problem(item.file(), item.line(), where + " needs at least two pairs",
                    "pairs: - {id: a, left: {…}, right: {…}}"));
        }
        return new ItemKey.Matching(pairs);
    }

    private ItemKey ordering(YamlMap item, String where) {
        List<ItemKey.Step> steps = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlMap step : item.maps("steps")) {
            step.rejectUnknownKeys(STEP_KEYS);
            String stepId = step.requiredString("id", "a short id such as a, b, c");
            if (!stepId.isEmpty() && !ids.add(stepId)) {
                problems.add(new Problem(step.file(), step.lineOf("id"), "step id '" + stepId + "' is used twice", null));
            }
            steps.add(new ItemKey.Step(stepId, step.localized("text", course.languages())));
        }
        if (steps.size() < 2) {
            problems.add(new Problem(item.file(), item.line(), where + " needs at least two steps, in the right order", null));
        }
        return new ItemKey.Ordering(steps);
    }

    private ItemKey shortAnswer(YamlMap item, String where) {
        Map<String, List<String>> accepted = new java.util.LinkedHashMap<>();
        item.map("accept").ifPresent(map -> {
            for (String language : map.keys()) {
                accepted.put(language, map.strings(language));
            }
        });
        for (String language : course.languages()) {
            if (accepted.getOrDefault(language, List.of()).isEmpty()) {
                problems.add(new Problem(item.file(), item.has("accept") ? item.lineOf("accept") : item.line(),
                        where + " accepts no answer in '" + language + "'", "accept: {" + language + ": [answer, variant]}"));
            }
        }
        boolean caseSensitive = Boolean.TRUE.equals(item.bool("caseSensitive"));
        boolean ignoreDiacritics = !Boolean.FALSE.equals(item.bool("ignoreDiacritics"));
        return new ItemKey.ShortAnswer(accepted, caseSensitive, ignoreDiacritics);
    }

    private ItemKey numeric(YamlMap item, String where) {
        if (!item.has("answer")) {
            problems.add(new Problem(item.file(), item.line(), where + " has no answer", "add answer: 42 (and tolerance: 0.5)"));
        }
        double tolerance = item.decimal("tolerance", 0);
        if (tolerance < 0) {
            problems.add(new Problem(item.file(), item.lineOf("tolerance"), "tolerance cannot be negative", null));
        }
        return new ItemKey.Numeric(item.decimal("answer", 0), Math.abs(tolerance));
    }

    private ItemKey caseSet(YamlMap item, String where, boolean allowed) {
        if (!allowed) {
            problems.add(new Problem(item.file(), item.line(), where + ": a case cannot contain another case", null));
        }
        LocalizedText caseText = item.localized("case", course.languages());
        List<QuizItem> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlMap sub : item.maps("items")) {
            QuizItem read = item(sub, false);
            if (!read.id().isEmpty() && !ids.add(read.id())) {
                problems.add(new Problem(sub.file(), sub.lineOf("id"), "item id '" + read.id() + "' is used twice in this case", null));
            }
            items.add(read);
        }
        if (items.isEmpty()) {
            problems.add(new Problem(item.file(), item.line(), where + " has no items", "a case is followed by items: [...]"));
        }
        return new ItemKey.CaseSet(caseText, items);
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
}
