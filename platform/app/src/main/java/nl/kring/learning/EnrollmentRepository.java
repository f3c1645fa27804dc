package nl.kring.learning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

    Optional<Enrollment> findByUserIdAndCourseId(long userId, String courseId);

    List<Enrollment> findByUserIdOrderByEnrolledAtDesc(long userId);
}
