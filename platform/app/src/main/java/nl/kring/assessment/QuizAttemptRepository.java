package nl.kring.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QuizAttemptRepository extends JpaRepository<QuizAttempt, Long> {

    /**
     * Marks the attempt submitted if nobody did so yet. Of two simultaneous submits the database lets exactly one
     * through (the other waits for the row, then finds it submitted and gets 0).
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update QuizAttempt a set a.submittedAt = :at, a.rowVersion = a.rowVersion + 1 where a.id = :id and a.submittedAt is null")
    int claimSubmission(@Param("id") long id, @Param("at") java.time.Instant at);

    List<QuizAttempt> findByUserIdAndCourseIdAndQuizIdOrderByAttemptNumberDesc(long userId, String courseId, String quizId);

    Optional<QuizAttempt> findByIdAndUserId(long id, long userId);

    List<QuizAttempt> findByUserIdAndCourseIdAndPassedTrue(long userId, String courseId);

    List<QuizAttempt> findByCourseIdAndSubmittedAtIsNotNull(String courseId);
}
