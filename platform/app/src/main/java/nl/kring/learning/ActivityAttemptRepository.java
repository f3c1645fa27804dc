package nl.kring.learning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityAttemptRepository extends JpaRepository<ActivityAttempt, Long> {

    List<ActivityAttempt> findByUserIdAndCourseIdAndActivityIdOrderByAttemptNumberDesc(long userId, String courseId,
                                                                                       String activityId);

    Optional<ActivityAttempt> findByIdAndUserId(long id, long userId);

    @org.springframework.data.jpa.repository.Query("""
            select new nl.kring.learning.ActivityRecords$Finished(a.userId, a.id, a.activityId, a.courseVersion, a.score, a.finishedAt)
            from ActivityAttempt a where a.courseId = :courseId and a.finishedAt is not null and a.score is not null""")
    List<ActivityRecords.Finished> finished(String courseId);
}
