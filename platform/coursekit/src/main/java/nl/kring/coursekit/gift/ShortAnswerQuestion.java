package nl.kring.coursekit.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A short-answer question ({@code {=answer =variant}}): the fully right answers become the accepted answers. Answers
 * with partial or no credit, and answers with Moodle's {@code *} wildcard, are left out; Kring's short-answer items
 * have no per-answer feedback, so that is left out too. Everything left out is reported.
 */
final class ShortAnswerQuestion {

    private static final BigDecimal FULL = BigDecimal.valueOf(100);

    private ShortAnswerQuestion() {
    }

    static ImportedItem read(Question question) {
        String text = question.plainText();
        List<String> accepted = new ArrayList<>();
        Set<String> feedback = new LinkedHashSet<>();
        for (GiftAnswer answer : GiftAnswer.split(question.answers(), "=")) {
            String value = question.texts().plain(question.formatted(answer.text()));
            BigDecimal weight = answer.weight().orElse(FULL);
            int line = question.lineOf(answer.body());
            if (weight.compareTo(FULL) < 0) {
                question.approximated(line, "the answer " + ChoiceQuestion.quoted(value) + " gave " + GiftAnswer.percent(weight)
                        + " in Moodle and is left out: a Kring short answer is accepted or not");
            } else if (value.contains("*")) {
                question.approximated(line, "the answer " + ChoiceQuestion.quoted(value)
                        + " uses Moodle's * wildcard, which Kring does not have, and is left out");
            } else if (!value.isBlank()) {
                accepted.add(value);
                String said = question.texts().markdown(question.formatted(answer.feedback()));
                if (!said.isBlank()) {
                    feedback.add(ChoiceQuestion.quoted(said));
                }
            }
        }
        if (accepted.isEmpty()) {
            throw Question.unsupported(question.line(), "no answer is fully right, so there is nothing to accept");
        }
        if (!feedback.isEmpty()) {
            question.approximated(question.line(), "the feedback for right answers (" + String.join(", ", feedback)
                    + ") is left out: a Kring short-answer item has one explanation for every learner");
        }
        return new ImportedItem.ShortAnswer(question.id(), question.line(), text, accepted, question.explanation());
    }
}
