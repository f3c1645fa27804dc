package nl.kring.coursekit.gift;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A numeric question: {@code {#answer}}, {@code {#answer:tolerance}}, {@code {#min..max}} (answer in the middle,
 * tolerance to either end) or several answers {@code {#=%100%1822:0 =%50%1822:2}}, of which the one with the highest
 * weight is kept. Feedback per answer and for wrong answers ({@code ~#…}) is left out and reported.
 */
final class NumericQuestion {

    private static final BigDecimal FULL = BigDecimal.valueOf(100);

    private record Value(BigDecimal answer, BigDecimal tolerance, BigDecimal weight, String written, int line) {
    }

    private NumericQuestion() {
    }

    static ImportedItem read(Question question) {
        String text = question.plainText();
        Segment section = question.answers().from(1);
        int wrong = section.indexOf("~");
        Set<String> feedback = new LinkedHashSet<>();
        Segment wrongFeedback = new Segment("", 0);
        if (wrong >= 0) {
            wrongFeedback = new GiftAnswer('~', Optional.empty(), section.from(wrong + 1)).feedback();
            section = section.sub(0, wrong);
        }
        List<Value> values = new ArrayList<>();
        for (GiftAnswer answer : GiftAnswer.split(section, "=")) {
            values.add(value(question, answer));
            addFeedback(question, answer.feedback(), feedback);
        }
        addFeedback(question, wrongFeedback, feedback);
        if (values.isEmpty()) {
            throw Question.unsupported(question.line(), "a numeric question needs an answer after '#'");
        }
        Value kept = values.stream().max(Comparator.comparing(Value::weight)).orElseThrow();
        reportLeftOut(question, values, kept);
        if (!feedback.isEmpty()) {
            question.approximated(question.line(), "the feedback per answer (" + String.join(", ", feedback)
                    + ") is left out: a Kring numeric item has one explanation for every learner");
        }
        return new ImportedItem.Numeric(question.id(), question.line(), text, kept.answer(), kept.tolerance(),
                question.explanation());
    }

    private static Value value(Question question, GiftAnswer answer) {
        String written = Escapes.decode(answer.text().text()).trim();
        int line = question.lineOf(answer.body());
        BigDecimal weight = answer.weight().orElse(FULL);
        try {
            int range = written.indexOf("..");
            if (range > 0) {
                BigDecimal min = new BigDecimal(written.substring(0, range).trim());
                BigDecimal max = new BigDecimal(written.substring(range + 2).trim());
                BigDecimal middle = min.add(max).divide(BigDecimal.valueOf(2), Math.max(min.scale(), max.scale()) + 1,
                        RoundingMode.HALF_UP).stripTrailingZeros();
                return new Value(middle, max.subtract(middle).abs(), weight, written, line);
            }
            int colon = written.indexOf(':');
            if (colon > 0) {
                return new Value(new BigDecimal(written.substring(0, colon).trim()),
                        new BigDecimal(written.substring(colon + 1).trim()).abs(), weight, written, line);
            }
            return new Value(new BigDecimal(written), BigDecimal.ZERO, weight, written, line);
        } catch (NumberFormatException e) {
            throw Question.unsupported(line, "'" + written + "' is not a number (write 3.5, 3.5:0.1 or 3..4)");
        }
    }

    private static void reportLeftOut(Question question, List<Value> values, Value kept) {
        List<String> others = values.stream().filter(v -> v != kept)
                .map(v -> v.written() + " (" + GiftAnswer.percent(v.weight()) + ")").toList();
        if (!others.isEmpty()) {
            question.approximated(kept.line(), "a Kring numeric item has one answer: kept " + kept.written() + " ("
                    + GiftAnswer.percent(kept.weight()) + "), left out " + String.join(", ", others));
        } else if (kept.weight().compareTo(FULL) < 0) {
            question.approximated(kept.line(), "the answer " + kept.written() + " gave " + GiftAnswer.percent(kept.weight())
                    + " in Moodle; in Kring it is fully right");
        }
    }

    private static void addFeedback(Question question, Segment feedback, Set<String> collected) {
        String said = question.texts().markdown(question.formatted(feedback));
        if (!said.isBlank()) {
            collected.add(ChoiceQuestion.quoted(said));
        }
    }
}
