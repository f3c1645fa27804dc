package nl.kring.certification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccreditationEntryRepository extends JpaRepository<AccreditationEntry, Long> {

    List<AccreditationEntry> findByUserIdOrderByCompletedAtDesc(long userId);

    boolean existsByUserIdAndCourseId(long userId, String courseId);
}
