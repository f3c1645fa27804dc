package nl.kring.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Append and read only: no update or delete of single entries is offered. */
interface SecurityEventRepository extends Repository<SecurityEvent, Long> {

    SecurityEvent save(SecurityEvent event);

    List<SecurityEvent> findByOccurredAtAfterOrderByOccurredAtDescIdDesc(Instant after, Pageable page);

    long countByTypeAndOccurredAtAfter(SecurityEventType type, Instant after);

    /** Replaces an erased person's user name wherever it appears (the erasure itself stays on record). */
    @Modifying
    @Query(value = "update security_event set actor = case when actor = :name then :pseudonym else actor end,"
            + " subject = case when subject = :name then :pseudonym else subject end"
            + " where actor = :name or subject = :name", nativeQuery = true)
    int pseudonymise(@Param("name") String name, @Param("pseudonym") String pseudonym);
}
