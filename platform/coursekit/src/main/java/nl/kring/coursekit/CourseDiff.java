package nl.kring.coursekit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changes between two versions of a course, by stable id: lessons, quizzes, quiz items, activities and
 * modules that were added, removed or changed. Shown to the trainer before an upgrade and used by the linter
 * to warn about removed ids (progress recorded against them no longer counts).
 */
public record CourseDiff(String fromVersion, String toVersion, List<Change> changes) {

    public CourseDiff {
        changes = List.copyOf(changes);
    }

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** One change; {@code what} is {@code module}, {@code lesson}, {@code quiz}, {@code item} or {@code activity}. */
    public record Change(Kind kind, String what, String id) {

        @Override
        public String toString() {
            return kind.name().toLowerCase() + " " + what + " " + id;
        }
    }

    public static CourseDiff between(CoursePackage before, CoursePackage after) {
        List<Change> changes = new ArrayList<>();
        compare("module", before.descriptor().modules(), after.descriptor().modules(), CourseModule::id, changes);
        compare("lesson", before.lessons(), after.lessons(), Lesson::id, changes);
        compare("quiz", before.quizzes(), after.quizzes(), Quiz::id, changes);
        compare("item", items(before), items(after), Map.Entry::getKey, changes);
        compare("activity", before.activities(), after.activities(), Activity::id, changes);
        return new CourseDiff(before.descriptor().version(), after.descriptor().version(), changes);
    }

    public List<Change> of(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    private static List<Map.Entry<String, QuizItem>> items(CoursePackage course) {
        List<Map.Entry<String, QuizItem>> items = new ArrayList<>();
        for (Quiz quiz : course.quizzes()) {
            quiz.items().forEach(item -> items.add(Map.entry(quiz.id() + "/" + item.id(), item)));
        }
        return items;
    }

    private static <T> void compare(String what, List<T> before, List<T> after, Function<T, String> id,
                                    List<Change> changes) {
        Map<String, T> old = index(before, id);
        Map<String, T> current = index(after, id);
        for (Map.Entry<String, T> entry : current.entrySet()) {
            T previous = old.get(entry.getKey());
            if (previous == null) {
                changes.add(new Change(Kind.ADDED, what, entry.getKey()));
            } else if (!Objects.equals(comparable(previous), comparable(entry.getValue()))) {
                changes.add(new Change(Kind.CHANGED, what, entry.getKey()));
            }
        }
        old.keySet().stream().filter(k -> !current.containsKey(k))
                .forEach(k -> changes.add(new Change(Kind.REMOVED, what, k)));
    }

    /** Quizzes are compared without their items (items are compared on their own). */
    private static Object comparable(Object value) {
        if (value instanceof Quiz quiz) {
            return List.of(quiz.title(), quiz.module(), quiz.order(), quiz.passMark(), quiz.settings(),
                    quiz.items().stream().map(QuizItem::id).toList());
        }
        if (value instanceof Map.Entry<?, ?> entry) {
            return entry.getValue();
        }
        return value;
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> id) {
        Map<String, T> index = new LinkedHashMap<>();
        values.forEach(v -> index.put(id.apply(v), v));
        return index;
    }
}
