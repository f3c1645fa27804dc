package nl.kring.learning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityAttemptRepository extends JpaRepository<ActivityAttempt, Long> {

    List<ActivityAttempt> findByUserIdAndCourseIdAndActivityIdOrderByAttemptNumberDesc(long userId, String courseId,
                                                                                       String activityId);

    Optional<ActivityAttempt> findByIdAndUserId(long id, long userId);
}
