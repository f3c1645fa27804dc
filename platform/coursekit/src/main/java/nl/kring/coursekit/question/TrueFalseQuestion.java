package nl.kring.coursekit.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.kring.api.question.QuestionGrade;
import nl.kring.api.question.QuestionInput;
import nl.kring.api.question.QuestionProblem;
import nl.kring.api.question.QuestionSource;

/**
 * {@code true-false}: a statement that is true or false; right or wrong. The item's explanation is the justification
 * learners read after answering.
 */
public final class TrueFalseQuestion extends BuiltInQuestionType {

    private static final Map<String, List<String>> LABELS = Map.of("nl", List.of("Waar", "Niet waar"),
            "en", List.of("True", "False"), "de", List.of("Wahr", "Falsch"), "fr", List.of("Vrai", "Faux"));

    @Override
    public String type() {
        return "true-false";
    }

    @Override
    public Set<String> keys() {
        return Set.of("answer");
    }

    @Override
    public List<QuestionProblem> validate(QuestionSource item) {
        List<QuestionProblem> problems = new ArrayList<>();
        if (!item.yaml().has("answer")) {
            problems.add(new QuestionProblem(item.yaml().line(), where(item) + " has no answer", "add answer: true or answer: false"));
        } else {
            requireBool(item.yaml(), "answer", problems);
        }
        if (item.yaml().has("options")) {
            problems.add(new QuestionProblem(item.yaml().lineOf("options"), where(item) + " is true-false and takes no options",
                    "remove options:, or use type: single-choice"));
        }
        return problems;
    }

    @Override
    public QuestionInput render(QuestionSource item, String language) {
        List<String> labels = LABELS.getOrDefault(language, LABELS.get("en"));
        return new QuestionInput.Choice(List.of(new QuestionInput.Option("true", labels.get(0)),
                new QuestionInput.Option("false", labels.get(1))), false, true);
    }

    @Override
    public QuestionGrade grade(QuestionSource item, List<String> response, String language) {
        String right = String.valueOf(Boolean.TRUE.equals(bool(item.yaml(), "answer")));
        List<String> given = given(response);
        boolean correct = given.size() == 1 && given.get(0).equalsIgnoreCase(right);
        return new QuestionGrade(correct ? 1 : 0, List.of(right), "", Map.of());
    }
}
