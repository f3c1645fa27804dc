package nl.kring.certification;

import java.util.Set;

import nl.kring.assessment.QuizRecords;
import nl.kring.coursekit.CoursePackage;
import nl.kring.coursekit.Lesson;
import nl.kring.coursekit.Quiz;
import nl.kring.learning.LessonRecords;
import org.springframework.stereotype.Component;

/**
 * Whether a learner completed a course: every lesson done and every quiz passed. One rule for the accreditation
 * ledger and for assignments.
 */
@Component
public class CourseCompletion {

    private final LessonRecords lessons;
    private final QuizRecords quizzes;

    CourseCompletion(LessonRecords lessons, QuizRecords quizzes) {
        this.lessons = lessons;
        this.quizzes = quizzes;
    }

    public boolean completed(long userId, CoursePackage course) {
        String courseId = course.descriptor().id();
        Set<String> done = lessons.doneLessons(userId, courseId);
        Set<String> passed = quizzes.passedQuizzes(userId, courseId);
        return course.lessons().stream().map(Lesson::id).allMatch(done::contains)
                && course.quizzes().stream().map(Quiz::id).allMatch(passed::contains);
    }
}
