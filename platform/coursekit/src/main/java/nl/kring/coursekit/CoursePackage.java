package nl.kring.coursekit;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A course read completely from its folder or plugin jar: the descriptor and every lesson in course order. */
public record CoursePackage(CourseDescriptor descriptor, List<Lesson> lessons) {

    public CoursePackage {
        lessons = lessons.stream().sorted(Comparator.comparingInt(Lesson::order)).toList();
    }

    public Optional<Lesson> lesson(String lessonId) {
        return lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst();
    }

    public List<Lesson> lessonsIn(String moduleId) {
        return lessons.stream().filter(l -> l.module().equals(moduleId)).toList();
    }

    public int totalMinutes() {
        return lessons.stream().mapToInt(Lesson::minutes).sum();
    }
}
