package nl.kring.coursekit;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A course read completely from its folder or plugin jar: the descriptor, lessons, quizzes and activities, and the
 * competences it adds to the framework ({@code competences.yaml}, usually none).
 */
public record CoursePackage(CourseDescriptor descriptor, List<Lesson> lessons, List<Quiz> quizzes,
                            List<Activity> activities, List<Competence> ownCompetences) {

    public CoursePackage(CourseDescriptor descriptor, List<Lesson> lessons, List<Quiz> quizzes, List<Activity> activities) {
        this(descriptor, lessons, quizzes, activities, List.of());
    }

    public CoursePackage {
        ownCompetences = List.copyOf(ownCompetences);
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
