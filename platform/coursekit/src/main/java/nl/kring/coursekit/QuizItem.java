package nl.kring.coursekit;

import java.util.List;
import java.util.Map;

import nl.kring.api.question.ItemYaml;

/**
 * An entry of a quiz with a stable id: a question, or a group of questions (a case or a pool).
 *
 * @param type        the item type, e.g. {@code single-choice} (a {@link nl.kring.api.question.QuestionType}), or
 *                    {@code case} / {@code pool} for a group
 * @param text        the question (empty for a group)
 * @param explanation shown after answering (Markdown, per language); may be empty
 * @param competences the competences a correct answer gives evidence for, with the level (1-3)
 * @param lesson      the id of the lesson that teaches this, linked from the review; empty when not given
 * @param sources     where in the course's sources the item's facts come from; may be empty
 * @param yaml        the item as written, for its question type
 * @param group       the items of a case or pool; {@code null} for a question
 */
public record QuizItem(String id, String type, LocalizedText text, LocalizedText explanation,
                       Map<String, Integer> competences, String lesson, List<ItemSource> sources, ItemYaml yaml,
                       QuizGroup group) {

    public QuizItem {
        competences = Map.copyOf(competences);
        sources = List.copyOf(sources);
    }

    public boolean isGroup() {
        return group != null;
    }
}
