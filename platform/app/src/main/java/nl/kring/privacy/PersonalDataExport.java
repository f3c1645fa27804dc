package nl.kring.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything Kring keeps about one person, section by section (Account, Learning, Quizzes …), each a list of rows of
 * plain values: text, numbers, booleans, and times as ISO-8601 text.
 */
public record PersonalDataExport(String username, String name, Instant madeAt, Map<String, List<Map<String, Object>>> sections) {
}
