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

    /**
     * Marks a certificate as reminded unless someone did already; 1 when this call did. With several nodes the one
     * that claims it sends the reminder (the other waits for the row and then finds it taken).
     */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query(
            "update Certificate c set c.remindedAt = :at where c.id = :id and c.remindedAt is null")
    int claimReminder(long id, Instant at);

    /** Gives a claimed reminder back (the mail server refused it: tried again next time). */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("update Certificate c set c.remindedAt = null where c.id = :id")
    int releaseReminder(long id);
}
