package nl.kring.privacy;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import nl.kring.account.AccountDirectory;
import nl.kring.account.CurrentUser;
import nl.kring.account.UserSummary;
import nl.kring.audit.SecurityEventType;
import nl.kring.audit.SecurityLog;
import nl.kring.base.PersonalData;
import nl.kring.base.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's download of all their data, and an administrator's erasure of a person: both over every feature's
 * {@link PersonalData}. Erasure runs in one transaction: when any part fails (a plugin that cannot forget), nothing
 * is erased and the administrator is told why.
 */
@Service
public class PrivacyService {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private final List<PersonalData> holders;
    private final CurrentUser currentUser;
    private final AccountDirectory directory;
    private final SecurityLog log;
    private final Clock clock;

    PrivacyService(List<PersonalData> holders, CurrentUser currentUser, AccountDirectory directory, SecurityLog log,
                   Optional<Clock> clock) {
        this.holders = holders.stream().sorted(Comparator.comparingInt(PersonalData::eraseOrder)).toList();
        this.currentUser = currentUser;
        this.directory = directory;
        this.log = log;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Everything Kring keeps about the signed-in person; the download is recorded (called by the guarded methods). */
    private PersonalDataExport mine(String format) {
        UserSummary me = currentUser.require();
        PersonalDataExport export = collect(me);
        log.record(SecurityEventType.PERSONAL_DATA_EXPORTED, me.username(), format + ", " + export.sections().values().stream()
                .mapToInt(List::size).sum() + " rows");
        return export;
    }

    /** The signed-in person's data as JSON. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] mineAsJson() {
        return PersonalDataJson.render(mine("JSON"));
    }

    /** The signed-in person's data as a PDF to read, in {@code language} (nl or en). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] mineAsPdf(String language) {
        return PersonalDataPdf.render(mine("PDF"), language);
    }

    /** What erasing would remove, for the administrator's confirmation: rows per section. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public Map<String, Integer> preview(long userId) {
        UserSummary person = directory.find(userId).orElseThrow(() -> new IllegalArgumentException("privacy.error.no-person"));
        Map<String, Integer> counts = new LinkedHashMap<>();
        collect(person).sections().forEach((section, rows) -> counts.put(section, rows.size()));
        return counts;
    }

    /**
     * Erases a person: every feature removes or anonymises what it keeps (docs/security.md, "Erasure"), the account goes
     * last, and the security log keeps a line that an erasure happened, under a pseudonym.
     *
     * @param confirmation the person's user name, typed by the administrator
     * @return the pseudonym that now stands for the person in the logs
     * @throws IllegalArgumentException with a translation key: unknown person, wrong confirmation, or oneself
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public String erase(long userId, String confirmation) {
        UserSummary person = directory.find(userId).orElseThrow(() -> new IllegalArgumentException("privacy.error.no-person"));
        if (!person.username().equals(confirmation == null ? "" : confirmation.strip())) {
            throw new IllegalArgumentException("privacy.error.confirmation");
        }
        if (currentUser.require().id() == userId) {
            throw new IllegalArgumentException("privacy.error.self");
        }
        String pseudonym = pseudonym();
        List<String> sections = new ArrayList<>();
        for (PersonalData holder : holders) {
            holder.erase(userId, person.username(), pseudonym);
            sections.add(holder.section());
        }
        log.record(SecurityEventType.ACCOUNT_ERASED, pseudonym, "erased: " + String.join(", ", sections));
        return pseudonym;
    }

    private PersonalDataExport collect(UserSummary person) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        // The account first (it is erased last), then the features.
        List<PersonalData> accountFirst = new ArrayList<>(holders);
        java.util.Collections.reverse(accountFirst);
        for (PersonalData holder : accountFirst) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Map<String, Object> row : holder.export(person.id(), person.username())) {
                Map<String, Object> plain = new LinkedHashMap<>();
                row.forEach((column, value) -> {
                    if (value != null) {
                        plain.put(column.toLowerCase(java.util.Locale.ROOT), plain(value));
                    }
                });
                rows.add(plain);
            }
            sections.merge(holder.section(), rows, (a, b) -> {
                List<Map<String, Object>> both = new ArrayList<>(a);
                both.addAll(b);
                return both;
            });
        }
        return new PersonalDataExport(person.username(), person.displayName(), clock.instant(), sections);
    }

    /** Times as ISO-8601 text; text, numbers and booleans as they are. */
    private static Object plain(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof TemporalAccessor || value instanceof java.util.Date) {
            return value.toString();
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        return String.valueOf(value);
    }

    private static String pseudonym() {
        SecureRandom random = new SecureRandom();
        StringBuilder name = new StringBuilder("erased-");
        for (int i = 0; i < 10; i++) {
            name.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return name.toString();
    }
}
