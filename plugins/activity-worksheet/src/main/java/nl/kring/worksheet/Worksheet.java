package nl.kring.worksheet;

import java.util.List;
import java.util.Map;

/**
 * A worksheet as written in {@code activities/<name>.yaml}.
 *
 * @param intro what the learner is asked to do, per language (Markdown)
 * @param story the case they work on, per language (Markdown); may be empty
 */
record Worksheet(Map<String, String> intro, Map<String, String> story, List<Field> fields) {

    /**
     * One field the learner fills in.
     *
     * @param expect per language, the key points a good answer mentions; each point may list alternatives
     *               separated by {@code |} (e.g. {@code ruzie|conflict})
     * @param model  per language, a model answer shown after submitting (Markdown)
     */
    record Field(String id, Map<String, String> label, Map<String, List<String>> expect, Map<String, String> model) {
    }

    static String in(Map<String, String> texts, String language) {
        String text = texts.get(language);
        return text != null ? text : texts.values().stream().findFirst().orElse("");
    }
}
