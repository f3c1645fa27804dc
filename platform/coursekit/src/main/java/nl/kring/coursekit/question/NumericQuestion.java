package nl.kring.coursekit.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.kring.api.question.QuestionGrade;
import nl.kring.api.question.QuestionInput;
import nl.kring.api.question.QuestionProblem;
import nl.kring.api.question.QuestionSource;

/**
 * {@code numeric}: right when the answer lies within {@code answer ± tolerance}, borders included; a decimal comma
 * and spaces between digits are accepted.
 */
public final class NumericQuestion extends BuiltInQuestionType {

    @Override
    public String type() {
        return "numeric";
    }

    @Override
    public Set<String> keys() {
        return Set.of("answer", "tolerance");
    }

    @Override
    public List<QuestionProblem> validate(QuestionSource item) {
        List<QuestionProblem> problems = new ArrayList<>();
        if (!item.yaml().has("answer")) {
            problems.add(new QuestionProblem(item.yaml().line(), where(item) + " has no answer", "add answer: 42 (and tolerance: 0.5)"));
        } else if (number(item.yaml().string("answer").orElse("")).isEmpty()) {
            problems.add(new QuestionProblem(item.yaml().lineOf("answer"), "'answer' must be a number, not '"
                    + item.yaml().string("answer").orElse("") + "'", null));
        }
        if (item.yaml().has("tolerance")) {
            Optional<Double> tolerance = number(item.yaml().string("tolerance").orElse(""));
            if (tolerance.isEmpty()) {
                problems.add(new QuestionProblem(item.yaml().lineOf("tolerance"), "'tolerance' must be a number, not '"
                        + item.yaml().string("tolerance").orElse("") + "'", null));
            } else if (tolerance.get() < 0) {
                problems.add(new QuestionProblem(item.yaml().lineOf("tolerance"), "tolerance cannot be negative", null));
            }
        }
        return problems;
    }

    @Override
    public QuestionInput render(QuestionSource item, String language) {
        return new QuestionInput.Text(true);
    }

    @Override
    public QuestionGrade grade(QuestionSource item, List<String> response, String language) {
        double answer = number(item.yaml().string("answer").orElse("")).orElse(Double.NaN);
        double tolerance = Math.abs(number(item.yaml().string("tolerance").orElse("0")).orElse(0.0));
        List<String> given = given(response);
        boolean right = !given.isEmpty() && number(given.get(0)).map(v -> Math.abs(v - answer) <= tolerance + 1e-9).orElse(false);
        String shown = format(answer) + (tolerance > 0 ? " (± " + format(tolerance) + ")" : "");
        return new QuestionGrade(right ? 1 : 0, List.of(format(answer)), shown, Map.of());
    }

    private static Optional<Double> number(String text) {
        try {
            double value = Double.parseDouble(text.replace(',', '.').replace(" ", "").replace("\u00a0", ""));
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
