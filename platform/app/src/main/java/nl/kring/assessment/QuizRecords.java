package nl.kring.assessment;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which quizzes a learner has passed, for processes acting on the system's behalf (the accreditation ledger);
 * screens use {@link QuizService}.
 */
@Component
public class QuizRecords {

    private final QuizAttemptRepository attempts;

    QuizRecords(QuizAttemptRepository attempts) {
        this.attempts = attempts;
    }

    @Transactional(readOnly = true)
    public Set<String> passedQuizzes(long userId, String courseId) {
        return attempts.findByUserIdAndCourseIdAndPassedTrue(userId, courseId).stream().map(QuizAttempt::getQuizId)
                .collect(Collectors.toSet());
    }
}
