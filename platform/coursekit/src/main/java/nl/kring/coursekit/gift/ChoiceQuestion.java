package nl.kring.coursekit.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A multiple-choice question ({@code {=right ~wrong}}). With an {@code =} answer it becomes a {@code single-choice}
 * item; with only weighted answers ({@code ~%50%…}) a {@code multiple-response} item whose right options are those with
 * a positive weight, graded by Kring's partial-credit rule instead of Moodle's weights.
 */
final class ChoiceQuestion {

    private static final BigDecimal FULL = BigDecimal.valueOf(100);

    private ChoiceQuestion() {
    }

    static ImportedItem read(Question question) {
        List<GiftAnswer> answers = GiftAnswer.split(question.answers(), "=~");
        if (answers.size() < 2) {
            throw Question.unsupported(question.line(), "a multiple-choice question needs at least two answers");
        }
        String text = question.plainText();
        boolean single = answers.stream().anyMatch(a -> a.marker() == '=');
        List<BigDecimal> weights = answers.stream().map(a -> a.marker() == '=' ? FULL : a.weight().orElse(BigDecimal.ZERO)).toList();
        int firstFull = IntStream.range(0, weights.size()).filter(i -> weights.get(i).compareTo(FULL) >= 0).findFirst().orElse(-1);
        List<ImportedItem.Option> options = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            GiftAnswer answer = answers.get(i);
            String optionText = question.texts().plain(question.formatted(answer.text()));
            if (optionText.isBlank()) {
                throw Question.unsupported(question.lineOf(answer.body()), "answer " + (i + 1) + " has no text");
            }
            boolean correct = single ? i == firstFull : weights.get(i).signum() > 0;
            options.add(new ImportedItem.Option(optionId(i), optionText, correct,
                    question.texts().markdown(question.formatted(answer.feedback()))));
        }
        if (single) {
            reportSingle(question, options, weights);
        } else {
            reportMultiple(question, options, weights);
        }
        return new ImportedItem.Choice(question.id(), question.line(), text, options, !single, question.explanation());
    }

    /** {@code a} to {@code z}, then {@code o27}, {@code o28} … */
    static String optionId(int index) {
        return index < 26 ? String.valueOf((char) ('a' + index)) : "o" + (index + 1);
    }

    private static void reportSingle(Question question, List<ImportedItem.Option> options, List<BigDecimal> weights) {
        List<Integer> alsoFull = IntStream.range(0, options.size())
                .filter(i -> weights.get(i).compareTo(FULL) >= 0 && !options.get(i).correct()).boxed().toList();
        if (!alsoFull.isEmpty()) {
            String right = options.stream().filter(ImportedItem.Option::correct).map(o -> quoted(o.text())).findFirst().orElse("");
            question.approximated(question.line(), listed(options, weights, alsoFull)
                    + " also gave full marks in Moodle; a single-choice item has one right option, so only " + right
                    + " is marked correct: check this item");
        }
        List<Integer> partial = IntStream.range(0, options.size())
                .filter(i -> weights.get(i).signum() != 0 && weights.get(i).compareTo(FULL) < 0).boxed().toList();
        if (!partial.isEmpty()) {
            question.approximated(question.line(), "Moodle gave partial credit or a penalty for "
                    + listed(options, weights, partial) + "; a single-choice item is right or wrong, so they count as wrong");
        }
    }

    private static void reportMultiple(Question question, List<ImportedItem.Option> options, List<BigDecimal> weights) {
        long right = options.stream().filter(ImportedItem.Option::correct).count();
        if (right == 0) {
            throw Question.unsupported(question.line(),
                    "no answer is right: mark the right answer with = or give it a positive weight such as ~%50%");
        }
        question.approximated(question.line(), "Moodle's answer weights (" + listed(options, weights,
                IntStream.range(0, options.size()).boxed().toList()) + ") become Kring's partial-credit rule for "
                + "multiple-response: the options with a positive weight are right; each right option chosen adds 1/" + right
                + ", each wrong one chosen takes 1/" + right + " off");
    }

    private static String listed(List<ImportedItem.Option> options, List<BigDecimal> weights, List<Integer> indexes) {
        return indexes.stream().map(i -> quoted(options.get(i).text()) + " " + GiftAnswer.percent(weights.get(i)))
                .collect(Collectors.joining(", "));
    }

    static String quoted(String text) {
        String oneLine = text.replace("\\\n", " ").replaceAll("\\s+", " ");
        return "'" + (oneLine.length() > 40 ? oneLine.substring(0, 39) + "…" : oneLine) + "'";
    }
}
