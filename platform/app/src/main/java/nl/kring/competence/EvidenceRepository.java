package nl.kring.competence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findByUserIdOrderByRecordedAtDesc(long userId);

    List<Evidence> findByUserIdInOrderByRecordedAtDesc(java.util.Collection<Long> userIds);

    List<Evidence> findByUserIdAndCompetenceIdOrderByRecordedAtDesc(long userId, String competenceId);

    boolean existsBySourceAndSourceId(EvidenceSource source, long sourceId);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from Evidence e where e.courseId = :courseId and e.source in :sources")
    int deleteCourseEvidence(String courseId, java.util.Collection<EvidenceSource> sources);
}
