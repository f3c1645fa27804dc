package nl.kring.competence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findByUserIdOrderByRecordedAtDesc(long userId);

    /** What the level rules need of many learners' evidence, newest first (no entities: a team's is 20,000 rows). */
    @org.springframework.data.jpa.repository.Query("select new nl.kring.competence.UserEvidenceFact(e.userId, e.competenceId,"
            + " e.level, e.source, e.score, e.passed) from Evidence e where e.userId in :userIds order by e.recordedAt desc")
    List<UserEvidenceFact> factsOf(java.util.Collection<Long> userIds);

    List<Evidence> findByUserIdAndCompetenceIdOrderByRecordedAtDesc(long userId, String competenceId);

    boolean existsBySourceAndSourceId(EvidenceSource source, long sourceId);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from Evidence e where e.courseId = :courseId and e.source in :sources")
    int deleteCourseEvidence(String courseId, java.util.Collection<EvidenceSource> sources);
}
