package nl.kring.coursekit.question;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.kring.api.question.ItemYaml;
import nl.kring.api.question.QuestionProblem;
import nl.kring.api.question.QuestionSource;
import nl.kring.api.question.QuestionType;

/** A question type that ships with the platform; it also names the item keys it reads, so typos are reported. */
public abstract class BuiltInQuestionType implements QuestionType {

    /** The keys of an item this type reads, besides the ones every item has (id, type, text, …). */
    public abstract Set<String> keys();

    /** The learner's values, trimmed, without blanks. */
    static List<String> given(List<String> response) {
        return response.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
    }

    static String where(QuestionSource item) {
        return "item '" + item.itemId().substring(item.itemId().lastIndexOf('/') + 1) + "'";
    }

    /** Reports every language of the course that has no text under {@code key}. */
    static void requireTexts(QuestionSource item, ItemYaml map, String key, List<QuestionProblem> problems) {
        if (!map.has(key)) {
            problems.add(new QuestionProblem(map.line(), "missing '" + key + "'",
                    "give a text per language, e.g. " + key + ": {nl: ..., en: ...}"));
            return;
        }
        optionalTexts(item, map, key, problems);
    }

    /** Like {@link #requireTexts}, for a text that may be left out. */
    static void optionalTexts(QuestionSource item, ItemYaml map, String key, List<QuestionProblem> problems) {
        if (!map.has(key)) {
            return;
        }
        Map<String, String> texts = map.texts(key);
        for (String language : item.languages()) {
            if (texts.getOrDefault(language, "").isBlank()) {
                problems.add(new QuestionProblem(map.lineOf(key), "'" + key + "' has no text for language '" + language + "'",
                        "add " + language + ": ... under " + key));
            }
        }
    }

    static void rejectUnknownKeys(ItemYaml map, Set<String> known, List<QuestionProblem> problems) {
        for (String key : map.keys()) {
            if (!known.contains(key)) {
                problems.add(new QuestionProblem(map.lineOf(key), "unknown key '" + key + "'",
                        "known keys are " + String.join(", ", new TreeSet<>(known))));
            }
        }
    }

    /** The entries of a list of {@code {id, …}} mappings, checking that each id is there and used once. */
    static List<ItemYaml> entriesWithIds(ItemYaml item, String key, String what, Set<String> known,
                                         List<QuestionProblem> problems) {
        List<ItemYaml> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ItemYaml entry : item.maps(key)) {
            rejectUnknownKeys(entry, known, problems);
            String id = entry.string("id").orElse("");
            if (id.isEmpty()) {
                problems.add(new QuestionProblem(entry.lineOf("id"), "missing 'id'", "a short id such as a, b, c"));
            } else if (!ids.add(id)) {
                problems.add(new QuestionProblem(entry.lineOf("id"), what + " id '" + id + "' is used twice", null));
            }
            entries.add(entry);
        }
        return entries;
    }

    /** A yes/no value: {@code null} when absent or not {@code true}/{@code false}. */
    static Boolean bool(ItemYaml map, String key) {
        return map.string(key).filter(v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false"))
                .map(Boolean::valueOf).orElse(null);
    }

    static void requireBool(ItemYaml map, String key, List<QuestionProblem> problems) {
        if (map.has(key) && bool(map, key) == null) {
            problems.add(new QuestionProblem(map.lineOf(key), "'" + key + "' must be true or false, not '"
                    + map.string(key).orElse("") + "'", null));
        }
    }
}
