package nl.kring.learning;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityObservationRepository extends JpaRepository<ActivityObservation, Long> {

    List<ActivityObservation> findByUserIdAndCourseIdAndActivityIdOrderByObservedAtDesc(long userId, String courseId,
                                                                                       String activityId);
}
