package nl.kring.assessment;

import java.util.List;
import java.util.Optional;

import nl.kring.api.question.QuestionGrade;
import nl.kring.api.question.QuestionInput;
import nl.kring.coursekit.QuizLeaf;

/**
 * One question of an attempt as the learner sees it.
 *
 * @param number   its number in the attempt, from 1
 * @param input    how it is answered; empty when the plugin of its type is missing or failed
 * @param answer   the learner's saved answer; empty when none
 * @param score    the graded score (after submitting, or after checking with immediate feedback); {@code null} before
 * @param feedback the key and the feedback, when the learner may see them
 */
public record QuizQuestion(int number, QuizLeaf leaf, Optional<QuestionInput> input, List<String> answer, Double score,
                           Optional<QuestionGrade> feedback) {

    public QuizQuestion {
        answer = List.copyOf(answer);
    }

    /** Whether the answer was checked (immediate feedback) and is final. */
    public boolean isChecked() {
        return score != null;
    }
}
