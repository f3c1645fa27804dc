package nl.kring.learning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LessonProgressRepository extends JpaRepository<LessonProgress, Long> {

    List<LessonProgress> findByUserIdAndCourseId(long userId, String courseId);

    Optional<LessonProgress> findByUserIdAndCourseIdAndLessonId(long userId, String courseId, String lessonId);
}
