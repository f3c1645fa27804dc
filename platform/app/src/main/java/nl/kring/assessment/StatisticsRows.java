package nl.kring.assessment;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The rows the statistics read: every graded attempt at a quiz and its answers, in two queries whatever the number
 * of attempts (no query per attempt), as plain records instead of entities.
 */
interface StatisticsRows extends Repository<QuizAttempt, Long> {

    /** One graded attempt. */
    record AttemptRow(long attemptId, long userId, int attemptNumber, String itemOrder) {
    }

    /** One answer of a graded attempt. */
    record AnswerRow(long attemptId, String itemId, Double score, String response) {
    }

    @Query("select new nl.kring.assessment.StatisticsRows$AttemptRow(a.id, a.userId, a.attemptNumber, a.itemOrder)"
            + " from QuizAttempt a where a.courseId = :courseId and a.quizId = :quizId and a.score is not null"
            + " order by a.userId, a.attemptNumber")
    List<AttemptRow> gradedAttempts(@Param("courseId") String courseId, @Param("quizId") String quizId);

    @Query("select new nl.kring.assessment.StatisticsRows$AnswerRow(ans.attemptId, ans.itemId, ans.score, ans.response)"
            + " from QuizAnswer ans, QuizAttempt a where ans.attemptId = a.id and a.courseId = :courseId"
            + " and a.quizId = :quizId and a.score is not null")
    List<AnswerRow> answers(@Param("courseId") String courseId, @Param("quizId") String quizId);
}
