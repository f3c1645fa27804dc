package nl.kring.learning;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which lessons a learner has done, for processes acting on the system's behalf (the accreditation ledger); screens
 * use {@link LearningService}, which only shows the signed-in learner their own.
 */
@Component
public class LessonRecords {

    private final LessonProgressRepository progress;

    LessonRecords(LessonProgressRepository progress) {
        this.progress = progress;
    }

    @Transactional(readOnly = true)
    public Set<String> doneLessons(long userId, String courseId) {
        return progress.findByUserIdAndCourseId(userId, courseId).stream().map(LessonProgress::getLessonId)
                .collect(Collectors.toSet());
    }
}
