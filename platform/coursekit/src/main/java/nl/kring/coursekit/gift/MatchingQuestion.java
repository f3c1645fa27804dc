package nl.kring.coursekit.gift;

import java.util.ArrayList;
import java.util.List;

/**
 * A matching question ({@code {=left -> right =left -> right}}). Moodle's extra wrong right-hand answers
 * ({@code = -> distractor}) have no place in a Kring matching item and are left out.
 */
final class MatchingQuestion {

    private MatchingQuestion() {
    }

    static ImportedItem read(Question question) {
        String text = question.plainText();
        List<ImportedItem.Pair> pairs = new ArrayList<>();
        for (GiftAnswer answer : GiftAnswer.split(question.answers(), "=")) {
            Segment body = answer.body();
            int arrow = body.indexOf("->");
            int line = question.lineOf(body);
            if (arrow < 0) {
                throw Question.unsupported(line, "matching answer " + ChoiceQuestion.quoted(Escapes.decode(body.text()))
                        + " has no '->'");
            }
            String left = question.texts().plain(question.formatted(body.sub(0, arrow)));
            String right = question.texts().plain(new FormattedText(body.from(arrow + 2).text(), TextFormat.PLAIN));
            if (right.isBlank()) {
                throw Question.unsupported(line, "matching answer " + ChoiceQuestion.quoted(left) + " has nothing after '->'");
            }
            if (left.isBlank()) {
                question.approximated(line, "the extra answer " + ChoiceQuestion.quoted(right)
                        + " (nothing before '->') is left out: a Kring matching item has no extra answers");
            } else {
                pairs.add(new ImportedItem.Pair(ChoiceQuestion.optionId(pairs.size()), left, right));
            }
        }
        if (pairs.size() < 2) {
            throw Question.unsupported(question.line(), "a matching question needs at least two pairs");
        }
        return new ImportedItem.Matching(question.id(), question.line(), text, pairs, question.explanation());
    }
}
