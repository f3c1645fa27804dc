package nl.kring.coursekit;

import java.util.Map;

/**
 * A question with a stable id.
 *
 * @param type        the item type, e.g. {@code single-choice}; see {@link ItemKey} for all of them
 * @param explanation shown after answering (Markdown, per language); may be empty
 * @param competences the competences a correct answer gives evidence for, with the level (1-3)
 * @param key         what counts as right, specific to the type
 * @param lesson      the id of the lesson that teaches this, linked from the review; empty when not given
 */
public record QuizItem(String id, String type, LocalizedText text, LocalizedText explanation,
                       Map<String, Integer> competences, ItemKey key, String lesson) {

    public QuizItem {
        competences = Map.copyOf(competences);
    }
}
