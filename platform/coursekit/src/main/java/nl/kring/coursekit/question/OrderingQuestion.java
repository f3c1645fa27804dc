package nl.kring.coursekit.question;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.kring.api.question.ItemYaml;
import nl.kring.api.question.QuestionGrade;
import nl.kring.api.question.QuestionInput;
import nl.kring.api.question.QuestionProblem;
import nl.kring.api.question.QuestionSource;

/**
 * {@code ordering}: the steps are written in the right order; the learner gets them shuffled. Each pair of
 * neighbouring steps in the right relative order counts 1/(n−1); an answer that leaves out a step scores 0.
 */
public final class OrderingQuestion extends BuiltInQuestionType {

    private static final Set<String> STEP_KEYS = Set.of("id", "text");

    @Override
    public String type() {
        return "ordering";
    }

    @Override
    public Set<String> keys() {
        return Set.of("steps");
    }

    @Override
    public List<QuestionProblem> validate(QuestionSource item) {
        List<QuestionProblem> problems = new ArrayList<>();
        List<ItemYaml> steps = entriesWithIds(item.yaml(), "steps", "step", STEP_KEYS, problems);
        steps.forEach(step -> requireTexts(item, step, "text", problems));
        if (steps.size() < 2) {
            problems.add(new QuestionProblem(item.yaml().line(), where(item) + " needs at least two steps, in the right order", null));
        }
        return problems;
    }

    @Override
    public QuestionInput render(QuestionSource item, String language) {
        return new QuestionInput.Order(item.yaml().maps("steps").stream()
                .map(s -> new QuestionInput.Option(s.string("id").orElse(""), item.text(s, "text", language))).toList());
    }

    @Override
    public QuestionGrade grade(QuestionSource item, List<String> response, String language) {
        List<String> right = item.yaml().maps("steps").stream().map(s -> s.string("id").orElse("")).toList();
        List<String> given = given(response);
        double score = 0;
        if (right.size() > 1 && given.size() == right.size() && new HashSet<>(given).equals(new HashSet<>(right))) {
            int inOrder = 0;
            for (int i = 0; i + 1 < given.size(); i++) {
                if (right.indexOf(given.get(i)) < right.indexOf(given.get(i + 1))) {
                    inOrder++;
                }
            }
            score = (double) inOrder / (right.size() - 1);
        }
        return new QuestionGrade(score, right, "", Map.of());
    }
}
