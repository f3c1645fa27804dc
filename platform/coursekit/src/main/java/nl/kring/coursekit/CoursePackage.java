package nl.kring.coursekit;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A course read completely from its folder or plugin jar: the descriptor, lessons, quizzes and activities. */
public record CoursePackage(CourseDescriptor descriptor, List<Lesson> lessons, List<Quiz> quizzes,
                            List<Activity> activities) {

    public CoursePackage {
        lessons = lessons.stream().sorted(Comparator.comparingInt(Lesson::order)).toList();
        quizzes = quizzes.stream().sorted(Comparator.comparingInt(Quiz::order)).toList();
        activities = activities.stream().sorted(Comparator.comparingInt(Activity::order)).toList();
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
