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
    private final QuizAnswerRepository answers;

    QuizRecords(QuizAttemptRepository attempts, QuizAnswerRepository answers) {
        this.attempts = attempts;
        this.answers = answers;
    }

    /** A graded attempt with the questions it asked and their scores (unanswered questions are absent). */
    public record Graded(long userId, long attemptId, String quizId, String courseVersion, boolean passed,
                         java.time.Instant at, java.util.List<String> asked, java.util.Map<String, Double> scores) {
    }

    /** Every graded attempt at the course's quizzes (refreshers included). */
    @Transactional(readOnly = true)
    public java.util.List<Graded> graded(String courseId) {
        java.util.Map<Long, java.util.Map<String, Double>> scores = new java.util.HashMap<>();
        answers.courseScores(courseId).forEach(row -> scores.computeIfAbsent(row.attemptId(), k -> new java.util.HashMap<>())
                .put(row.itemId(), row.score()));
        return attempts.findByCourseIdAndSubmittedAtIsNotNull(courseId).stream()
                .map(a -> new Graded(a.getUserId(), a.getId(), a.getQuizId(), a.getCourseVersion(), Boolean.TRUE.equals(a.getPassed()),
                        a.getSubmittedAt(), a.getItemOrder(), scores.getOrDefault(a.getId(), java.util.Map.of())))
                .toList();
    }

    @Transactional(readOnly = true)
    public Set<String> passedQuizzes(long userId, String courseId) {
        return attempts.findByUserIdAndCourseIdAndPassedTrue(userId, courseId).stream().map(QuizAttempt::getQuizId)
                .collect(Collectors.toSet());
    }
}
