package nl.kring.account;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ThrottleRepository extends JpaRepository<ThrottleEntry, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from ThrottleEntry t where t.key = :key")
    Optional<ThrottleEntry> lockByKey(@Param("key") String key);
}
