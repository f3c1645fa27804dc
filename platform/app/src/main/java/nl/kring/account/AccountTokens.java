package nl.kring.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes and checks single-use links to choose a password: 256 random bits, sent once, stored only as a SHA-256, valid
 * for a while ({@link TokenPurpose}); choosing a password uses up every open link of that account.
 */
@Component
class AccountTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final AccountTokenRepository tokens;
    private final Clock clock;

    AccountTokens(AccountTokenRepository tokens, Optional<Clock> clock) {
        this.tokens = tokens;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A new link secret for this account (to put in the link; it is not stored). */
    @Transactional
    String issue(long userId, TokenPurpose purpose) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tokens.save(new AccountToken(userId, purpose, hash(token), clock.instant()));
        return token;
    }

    /** The open token for this secret: not used, not expired. */
    @Transactional(readOnly = true)
    Optional<AccountToken> find(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(token)).filter(t -> t.usableAt(now));
    }

    /** Uses up every open link of this account (one was just used, or they are no longer wanted). */
    @Transactional
    void useAll(long userId) {
        Instant now = clock.instant();
        tokens.findByUserId(userId).stream().filter(t -> t.usableAt(now)).forEach(t -> t.use(now));
    }

    /** How many links of this kind were made for the account in the last hour (to limit reset requests). */
    @Transactional(readOnly = true)
    long issuedInLastHour(long userId, TokenPurpose purpose) {
        return tokens.countByUserIdAndPurposeAndCreatedAtAfter(userId, purpose, clock.instant().minusSeconds(3600));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
