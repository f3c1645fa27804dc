package nl.kring.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuizAnswerRepository extends JpaRepository<QuizAnswer, Long> {

    List<QuizAnswer> findByAttemptId(long attemptId);

    Optional<QuizAnswer> findByAttemptIdAndItemId(long attemptId, String itemId);

    /** A learner's graded answers in a course, newest first. */
    @org.springframework.data.jpa.repository.Query("""
            select new nl.kring.assessment.ItemScoreRow(t.quizId, a.itemId, a.score, a.answeredAt)
            from QuizAnswer a, QuizAttempt t
            where a.attemptId = t.id and t.userId = :userId and t.courseId = :courseId
              and t.submittedAt is not null and a.score is not null
            order by a.answeredAt desc""")
    List<ItemScoreRow> scores(long userId, String courseId);

    /** Every graded answer in a course's submitted attempts. */
    @org.springframework.data.jpa.repository.Query("""
            select new nl.kring.assessment.AnswerScoreRow(a.attemptId, a.itemId, a.score)
            from QuizAnswer a, QuizAttempt t
            where a.attemptId = t.id and t.courseId = :courseId and t.submittedAt is not null and a.score is not null""")
    List<AnswerScoreRow> courseScores(String courseId);
}
