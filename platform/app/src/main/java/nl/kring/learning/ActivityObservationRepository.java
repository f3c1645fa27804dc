package nl.kring.learning;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityObservationRepository extends JpaRepository<ActivityObservation, Long> {

    List<ActivityObservation> findByUserIdAndCourseIdAndActivityIdOrderByObservedAtDesc(long userId, String courseId,
                                                                                       String activityId);

    @org.springframework.data.jpa.repository.Query("""
            select new nl.kring.learning.ActivityRecords$Observed(o.userId, o.id, o.observerId, o.activityId, o.courseVersion,
                o.score, o.observedAt)
            from ActivityObservation o where o.courseId = :courseId""")
    java.util.List<ActivityRecords.Observed> observed(String courseId);
}
