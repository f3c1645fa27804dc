package nl.kring.coursekit.question;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.kring.api.question.ItemYaml;
import nl.kring.api.question.QuestionGrade;
import nl.kring.api.question.QuestionInput;
import nl.kring.api.question.QuestionProblem;
import nl.kring.api.question.QuestionSource;

/**
 * {@code single-choice} (exactly one option is right; right or wrong) and {@code multiple-response} (partial credit:
 * every right option chosen adds 1/k, every wrong option chosen takes 1/k off, with k the number of right options;
 * never below 0; fully right only with all right options and no wrong one). Each option may carry feedback.
 */
public final class ChoiceQuestion extends BuiltInQuestionType {

    private static final Set<String> OPTION_KEYS = Set.of("id", "text", "correct", "feedback");
    private final boolean multiple;

    ChoiceQuestion(boolean multiple) {
        this.multiple = multiple;
    }

    @Override
    public String type() {
        return multiple ? "multiple-response" : "single-choice";
    }

    @Override
    public Set<String> keys() {
        return Set.of("options");
    }

    @Override
    public List<QuestionProblem> validate(QuestionSource item) {
        List<QuestionProblem> problems = new ArrayList<>();
        List<ItemYaml> options = entriesWithIds(item.yaml(), "options", "option", OPTION_KEYS, problems);
        for (ItemYaml option : options) {
            requireTexts(item, option, "text", problems);
            optionalTexts(item, option, "feedback", problems);
            requireBool(option, "correct", problems);
        }
        long correct = options.stream().filter(ChoiceQuestion::correct).count();
        int line = item.yaml().line();
        if (options.size() < 2) {
            problems.add(new QuestionProblem(line, where(item) + " needs at least two options", null));
        }
        if (!multiple && correct != 1) {
            problems.add(new QuestionProblem(line, where(item) + " has " + correct
                    + " correct options; a single-choice item needs exactly one",
                    correct == 0 ? "mark the right option with correct: true" : "use type: multiple-response"));
        }
        if (multiple && correct == 0) {
            problems.add(new QuestionProblem(line, where(item) + " has no correct option", "mark every right option with correct: true"));
        }
        return problems;
    }

    @Override
    public QuestionInput render(QuestionSource item, String language) {
        return new QuestionInput.Choice(item.yaml().maps("options").stream()
                .map(o -> new QuestionInput.Option(o.string("id").orElse(""), item.text(o, "text", language))).toList(),
                multiple, false);
    }

    @Override
    public QuestionGrade grade(QuestionSource item, List<String> response, String language) {
        List<ItemYaml> options = item.yaml().maps("options");
        List<String> right = options.stream().filter(ChoiceQuestion::correct).map(o -> o.string("id").orElse("")).toList();
        Map<String, String> feedback = new LinkedHashMap<>();
        options.forEach(o -> {
            String text = item.text(o, "feedback", language);
            if (!text.isBlank()) {
                feedback.put(o.string("id").orElse(""), text);
            }
        });
        return new QuestionGrade(score(right, given(response)), right, "", feedback);
    }

    private double score(List<String> right, List<String> given) {
        if (given.isEmpty() || right.isEmpty()) {
            return 0;
        }
        if (!multiple) {
            return given.size() == 1 && right.contains(given.get(0)) ? 1 : 0;
        }
        Set<String> chosen = new HashSet<>(given);
        long chosenRight = right.stream().filter(chosen::contains).count();
        long chosenWrong = chosen.size() - chosenRight;
        return Math.max(0, Math.min(1, (double) (chosenRight - chosenWrong) / right.size()));
    }

    private static boolean correct(ItemYaml option) {
        return Boolean.TRUE.equals(bool(option, "correct"));
    }
}
