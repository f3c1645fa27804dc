package nl.kring.api.question;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A YAML mapping of a quiz item (or a mapping nested in it) with line numbers, as the platform read it. Values are
 * plain strings; nothing is instantiated from YAML tags. Reading a value of the wrong shape (a list where one value
 * belongs) gives an empty result; while a course is checked, the platform reports it with its line.
 *
 * @since 1.1.0
 */
public interface ItemYaml {

    /** The 1-based line where this mapping starts in the quiz file. */
    int line();

    /** The 1-based line of {@code key}, or {@link #line()} when the key is absent. */
    int lineOf(String key);

    boolean has(String key);

    /** The keys in the order written. */
    Set<String> keys();

    /** A single value, trimmed. */
    Optional<String> string(String key);

    /** A list of single values, written as {@code [a, b]} or as {@code - a} lines. */
    List<String> strings(String key);

    /** A text per language, e.g. {@code text: {nl: ..., en: ...}}; empty when absent. */
    Map<String, String> texts(String key);

    /** A nested mapping. */
    Optional<ItemYaml> map(String key);

    /** A list of mappings, e.g. the options of a choice item. */
    List<ItemYaml> maps(String key);
}
