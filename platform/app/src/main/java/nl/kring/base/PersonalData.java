package nl.kring.base;

import java.util.List;
import java.util.Map;

/**
 * What one feature keeps about a person, as Moodle's privacy providers do per plugin: it hands all of it over (the
 * person's download of their data) and removes it (an administrator's erasure of the person). Every feature that
 * stores personal data has one; {@code PersonalDataIT} erases a person and scans the whole database for them.
 */
public interface PersonalData {

    /** The section's name in the download, e.g. "Quiz attempts". */
    String section();

    /** Everything this feature keeps about the person, row by row, as plain values (text, numbers, times). */
    List<Map<String, Object>> export(long userId, String username);

    /**
     * Removes what this feature keeps about the person, or anonymises it where a count must stay right (documented in
     * docs/security.md, "Erasure"). {@code pseudonym} replaces their name where a record must say that someone acted.
     */
    void erase(long userId, String username, String pseudonym);

    /** Erasure order: the account itself goes last ({@link Integer#MAX_VALUE}); everything else before it. */
    default int eraseOrder() {
        return 0;
    }
}
