package nl.kring.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    List<AccountToken> findByUserId(long userId);

    long countByUserIdAndPurposeAndCreatedAtAfter(long userId, TokenPurpose purpose, Instant after);
}
