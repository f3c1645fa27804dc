package nl.kring.certification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    List<Certificate> findByUserIdOrderByIssuedAtDesc(long userId);

    List<Certificate> findByUserIdInOrderByIssuedAtDesc(java.util.Collection<Long> userIds);

    Optional<Certificate> findFirstByUserIdAndProgrammeIdOrderByIssuedAtDesc(long userId, String programmeId);

    Optional<Certificate> findByCode(String code);

    List<Certificate> findByValidUntilBetweenAndRemindedAtIsNull(Instant from, Instant to);

    boolean existsByCode(String code);
}
