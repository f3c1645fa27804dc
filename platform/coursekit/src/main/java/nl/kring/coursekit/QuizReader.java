package nl.kring.coursekit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.kring.api.question.QuestionSource;
import nl.kring.coursekit.question.BuiltInQuestionType;
import nl.kring.coursekit.question.QuestionTypes;

/**
 * Reads {@code quizzes/<name>.yaml}: the quiz settings, and every item through its question type (built in or
 * from a plugin), so that each one can be graded; cases and pools hold items of their own.
 */
final class QuizReader {

    private static final Set<String> QUIZ_KEYS = Set.of("id", "title", "module", "order", "passMark", "attempts", "shuffle",
            "feedback", "timeLimit", "items");
    private static final Set<String> COMMON_KEYS = Set.of("id", "type", "text", "explanation", "competences", "lesson", "source");
    private static final Set<String> CASE_KEYS = Set.of("id", "type", "case", "explanation", "items", "source");
    private static final Set<String> POOL_KEYS = Set.of("id", "type", "draw", "items");
    private static final Pattern SOURCE = Pattern.compile("([a-z0-9][a-z0-9-]*):(\\d+)(?:-(\\d+))?");

    /** Where an item sits: on its own, in a pool, or in a case (which may itself be in a pool). */
    private enum Place { QUIZ, POOL, CASE }

    private final CourseDescriptor course;
    private final CompetenceFramework competences;
    private final Set<String> pluginTypes;
    private final List<Problem> problems;
    /** Where items name a lesson, checked once all lessons are known. */
    private final List<LessonReference> lessonReferences = new ArrayList<>();

    private record LessonReference(String file, int line, String lessonId) {
    }

    /** @param pluginTypes the question types installed plugins add (they check their items themselves) */
    QuizReader(CourseDescriptor course, CompetenceFramework competences, Set<String> pluginTypes, List<Problem> problems) {
        this.course = course;
        this.competences = competences;
        this.pluginTypes = pluginTypes;
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
        Set<String> questionIds = new HashSet<>();
        List<QuizItem> items = items(yaml, id, "", Place.QUIZ, questionIds);
        if (items.isEmpty()) {
            problems.add(new Problem(path, yaml.lineOf("items"), "the quiz has no items", "add items: with at least one question"));
        }
        return Optional.of(new Quiz(id, path, title, module, yaml.integer("order", 0), passMark,
                new QuizSettingsReader(path, yaml, problems).read(), items));
    }

    /**
     * The items under {@code items:}. Ids must be unique in the quiz; items in a pool share the quiz's ids, items of a
     * case are named after the case ({@code case-id/item-id}) and need only differ from each other.
     */
    private List<QuizItem> items(YamlMap parent, String quizId, String prefix, Place place, Set<String> ids) {
        List<QuizItem> items = new ArrayList<>();
        for (YamlMap entry : parent.maps("items")) {
            QuizItem item = item(entry, quizId, prefix, place, ids);
            if (!item.id().isEmpty() && !ids.add(prefix + item.id())) {
                problems.add(new Problem(entry.file(), entry.lineOf("id"), "item id '" + item.id() + "' is used twice in this "
                        + (place == Place.CASE ? "case" : "quiz"), "every item needs its own id"));
            }
            items.add(item);
        }
        return items;
    }

    private QuizItem item(YamlMap item, String quizId, String prefix, Place place, Set<String> quizIds) {
        String id = Ids.requireSlug(item, "id", "item", problems);
        String type = item.requiredString("type", String.join(", ", knownTypes()));
        String where = "item '" + id + "'";
        if (type.equals("case")) {
            item.rejectUnknownKeys(CASE_KEYS);
            if (place == Place.CASE) {
                problems.add(new Problem(item.file(), item.line(), where + ": a case cannot contain another case", null));
            }
            QuizGroup group = caseGroup(item, quizId, id, where);
            LocalizedText explanation = item.has("explanation") ? item.localized("explanation", course.languages())
                    : new LocalizedText(Map.of());
            return new QuizItem(id, type, new LocalizedText(Map.of()), explanation, Map.of(), "",
                    sources(item), new YamlItem(item.detached()), group);
        }
        if (type.equals("pool")) {
            item.rejectUnknownKeys(POOL_KEYS);
            if (place != Place.QUIZ) {
                problems.add(new Problem(item.file(), item.line(), where + ": a pool belongs directly under the quiz's items",
                        "a pool can hold cases, not the other way round"));
            }
            return new QuizItem(id, type, new LocalizedText(Map.of()), new LocalizedText(Map.of()), Map.of(), "", List.of(),
                    new YamlItem(item.detached()), pool(item, quizId, where, quizIds));
        }
        return question(item, quizId, prefix + id, type);
    }

    private QuizItem question(YamlMap item, String quizId, String leafId, String type) {
        String id = leafId.substring(leafId.lastIndexOf('/') + 1);
        Optional<BuiltInQuestionType> builtIn = QuestionTypes.builtIn(type);
        if (builtIn.isPresent()) {
            Set<String> known = new HashSet<>(COMMON_KEYS);
            known.addAll(builtIn.get().keys());
            item.rejectUnknownKeys(known);
            QuestionSource source = new QuestionSource(course.id(), course.version(), quizId, leafId, new YamlItem(item),
                    course.languages());
            builtIn.get().validate(source).forEach(p -> problems.add(new Problem(item.file(), p.line(), p.message(), p.hint())));
        } else if (!type.isEmpty() && !pluginTypes.contains(type)) {
            problems.add(new Problem(item.file(), item.lineOf("type"), "unknown item type '" + type + "'",
                    "item types: " + String.join(", ", knownTypes())));
        }
        LocalizedText text = item.localized("text", course.languages());
        LocalizedText explanation = item.has("explanation") ? item.localized("explanation", course.languages())
                : new LocalizedText(Map.of());
        String lesson = item.string("lesson").orElse("");
        if (!lesson.isEmpty()) {
            lessonReferences.add(new LessonReference(item.file(), item.lineOf("lesson"), lesson));
        }
        return new QuizItem(id, type, text, explanation, Ids.competences(item, competences, problems), lesson, sources(item),
                new YamlItem(item.detached()), null);
    }

    private QuizGroup caseGroup(YamlMap item, String quizId, String id, String where) {
        LocalizedText caseText = item.localized("case", course.languages());
        List<QuizItem> items = items(item, quizId, id + "/", Place.CASE, new HashSet<>());
        if (items.isEmpty()) {
            problems.add(new Problem(item.file(), item.line(), where + " has no items", "a case is followed by items: [...]"));
        }
        return new QuizGroup(caseText, items.size(), items);
    }

    private QuizGroup pool(YamlMap item, String quizId, String where, Set<String> quizIds) {
        List<QuizItem> items = items(item, quizId, "", Place.POOL, quizIds);
        int draw = item.integer("draw", items.size());
        if (!item.has("draw")) {
            problems.add(new Problem(item.file(), item.line(), where + " does not say how many items to draw",
                    "add draw: 2 (each attempt then asks 2 of the pool's items)"));
        } else if (draw < 1 || draw > items.size()) {
            problems.add(new Problem(item.file(), item.lineOf("draw"), where + " draws " + draw + " of its " + items.size()
                    + " items", "draw: takes a number from 1 to the number of items in the pool"));
        }
        if (items.stream().anyMatch(QuizItem::isGroup) && items.stream().anyMatch(i -> !i.isGroup())) {
            problems.add(new Problem(item.file(), item.line(), where + " mixes cases and single items",
                    "a pool draws either cases or single items, so attempts stay comparable"));
        }
        return new QuizGroup(new LocalizedText(Map.of()), Math.max(1, Math.min(draw, items.size())), items);
    }

    /** {@code source: bron-id:12-20}, or a list of them: where in the course's sources the item rests. */
    private List<ItemSource> sources(YamlMap item) {
        if (!item.has("source")) {
            return List.of();
        }
        List<String> written = item.isList("source") ? item.strings("source") : item.string("source").map(List::of).orElse(List.of());
        List<ItemSource> sources = new ArrayList<>();
        for (String reference : written) {
            Matcher matcher = SOURCE.matcher(reference.replace(" ", ""));
            if (!matcher.matches()) {
                problems.add(new Problem(item.file(), item.lineOf("source"), "source '" + reference + "' is not of the form id:line"
                        + " or id:from-to", "e.g. source: soyez-steun:4-24, with an id from sources: in course.yaml"));
                continue;
            }
            int from = Integer.parseInt(matcher.group(2));
            int to = matcher.group(3) == null ? from : Integer.parseInt(matcher.group(3));
            if (course.sources().stream().noneMatch(s -> s.id().equals(matcher.group(1)))) {
                problems.add(new Problem(item.file(), item.lineOf("source"), "unknown source '" + matcher.group(1) + "'",
                        "sources in course.yaml: " + String.join(", ", course.sources().stream().map(SourceReference::id).toList())));
            } else if (from < 1 || to < from) {
                problems.add(new Problem(item.file(), item.lineOf("source"), "source '" + reference + "' has no valid line range",
                        "write from-to with from ≤ to, counting lines from 1"));
            } else {
                sources.add(new ItemSource(matcher.group(1), from, to));
            }
        }
        return sources;
    }

    private Set<String> knownTypes() {
        Set<String> types = new TreeSet<>(pluginTypes);
        QuestionTypes.builtIn().forEach(t -> types.add(t.type()));
        types.add("case");
        types.add("pool");
        return types;
    }
}
