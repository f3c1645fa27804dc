package nl.kring.api.question;

import java.util.List;

/**
 * One quiz item as written in a course.
 *
 * @param quizId    the quiz's id
 * @param itemId    the item's id; inside a case {@code case-id/item-id}
 * @param yaml      the item's keys, read with line numbers
 * @param languages the languages the course is written in, the default first; texts should exist in each
 * @since 1.1.0
 */
public record QuestionSource(String courseId, String courseVersion, String quizId, String itemId, ItemYaml yaml,
                             List<String> languages) {

    public QuestionSource {
        languages = List.copyOf(languages);
    }

    /** The text of {@code key} in {@code language}, falling back to the course's default language; empty if absent. */
    public String text(String key, String language) {
        return text(yaml, key, language);
    }

    /** Like {@link #text(String, String)}, for a nested mapping such as one option of a list. */
    public String text(ItemYaml map, String key, String language) {
        var texts = map.texts(key);
        String text = texts.get(language);
        if ((text == null || text.isBlank()) && !languages.isEmpty()) {
            text = texts.get(languages.get(0));
        }
        return text == null ? "" : text;
    }
}
