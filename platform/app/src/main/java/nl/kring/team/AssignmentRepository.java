package nl.kring.team;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByTeamIdOrderByDueOn(long teamId);

    List<Assignment> findByUserIdOrderByDueOn(long userId);

    Optional<Assignment> findByTeamIdAndUserIdAndCourseId(long teamId, long userId, String courseId);
}
