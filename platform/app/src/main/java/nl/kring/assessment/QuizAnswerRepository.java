package nl.kring.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuizAnswerRepository extends JpaRepository<QuizAnswer, Long> {

    List<QuizAnswer> findByAttemptId(long attemptId);

    Optional<QuizAnswer> findByAttemptIdAndItemId(long attemptId, String itemId);
}
