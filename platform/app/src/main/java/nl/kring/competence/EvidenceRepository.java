package nl.kring.competence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findByUserIdOrderByRecordedAtDesc(long userId);

    boolean existsBySourceAndSourceId(EvidenceSource source, long sourceId);
}
