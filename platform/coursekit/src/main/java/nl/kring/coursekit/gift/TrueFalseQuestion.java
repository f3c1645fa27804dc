package nl.kring.coursekit.gift;

import java.util.ArrayList;
import java.util.List;

/**
 * A true-false question ({@code {T}}, {@code {TRUE}}, {@code {F}}, {@code {FALSE}}), optionally with
 * {@code #feedback for a wrong answer#feedback for a right answer}. Kring's true-false items have one explanation,
 * shown after every answer, so both feedbacks go into it, before the general feedback.
 */
final class TrueFalseQuestion {

    private TrueFalseQuestion() {
    }

    /** Whether the answer section, without feedback, is one of Moodle's four true-false answers. */
    static boolean isTrueFalse(Segment answers) {
        return List.of("T", "TRUE", "F", "FALSE").contains(answers.splitAtFirst('#', 2).get(0).trim().text());
    }

    static ImportedItem read(Question question) {
        List<Segment> parts = question.answers().splitAtFirst('#', 3);
        boolean answer = parts.get(0).trim().text().startsWith("T");
        String text = question.plainText();
        List<String> explanation = new ArrayList<>();
        String wrong = parts.size() > 1 ? question.texts().markdown(question.formatted(parts.get(1))) : "";
        String right = parts.size() > 2 ? question.texts().markdown(question.formatted(parts.get(2))) : "";
        for (String part : List.of(wrong, right, question.explanation())) {
            if (!part.isBlank()) {
                explanation.add(part);
            }
        }
        if (!wrong.isBlank() || !right.isBlank()) {
            String which = !wrong.isBlank() && !right.isBlank() ? "the feedback for a wrong and for a right answer are"
                    : !wrong.isBlank() ? "the feedback for a wrong answer is" : "the feedback for a right answer is";
            question.approximated(question.lineOf(parts.get(1)), which + " now part of the explanation, which every learner"
                    + " sees after answering: check its wording");
        }
        return new ImportedItem.TrueFalse(question.id(), question.line(), text, answer, String.join("\n\n", explanation));
    }
}
