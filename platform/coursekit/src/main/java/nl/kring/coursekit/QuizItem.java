package nl.kring.coursekit;

import java.util.List;
import java.util.Map;

/**
 * A question with a stable id.
 *
 * @param type        {@code single-choice}, {@code multiple-response} or {@code true-false}
 * @param competences the competences a correct answer gives evidence for, with the level (1-3)
 * @param answer      for {@code true-false}: the correct answer; otherwise unused
 */
public record QuizItem(String id, String type, LocalizedText text, List<QuizOption> options, Boolean answer,
                       LocalizedText explanation, Map<String, Integer> competences) {

    public QuizItem {
        options = List.copyOf(options);
        competences = Map.copyOf(competences);
    }
}
