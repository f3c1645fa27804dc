package nl.kring.coursekit.question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.kring.api.question.ItemYaml;
import nl.kring.api.question.QuestionGrade;
import nl.kring.api.question.QuestionInput;
import nl.kring.api.question.QuestionProblem;
import nl.kring.api.question.QuestionSource;

/**
 * {@code matching}: each left-hand text belongs with one right-hand text ({@code pairs:}); each correctly matched
 * pair counts 1/n. The answer is one {@code left=right} value (pair ids) per matched left-hand text.
 */
public final class MatchingQuestion extends BuiltInQuestionType {

    private static final Set<String> PAIR_KEYS = Set.of("id", "left", "right");

    @Override
    public String type() {
        return "matching";
    }

    @Override
    public Set<String> keys() {
        return Set.of("pairs");
    }

    @Override
    public List<QuestionProblem> validate(QuestionSource item) {
        List<QuestionProblem> problems = new ArrayList<>();
        List<ItemYaml> pairs = entriesWithIds(item.yaml(), "pairs", "pair", PAIR_KEYS, problems);
        for (ItemYaml pair : pairs) {
            requireTexts(item, pair, "left", problems);
            requireTexts(item, pair, "right", problems);
        }
        if (pairs.size() < 2) {
            problems.add(new QuestionProblem(item.yaml().line(), where(item) + " needs at least two pairs",
                    "pairs: - {id: a, left: {…}, right: {…}}"));
        }
        return problems;
    }

    @Override
    public QuestionInput render(QuestionSource item, String language) {
        List<ItemYaml> pairs = item.yaml().maps("pairs");
        return new QuestionInput.Match(
                pairs.stream().map(p -> new QuestionInput.Option(id(p), item.text(p, "left", language))).toList(),
                pairs.stream().map(p -> new QuestionInput.Option(id(p), item.text(p, "right", language))).toList());
    }

    @Override
    public QuestionGrade grade(QuestionSource item, List<String> response, String language) {
        List<String> ids = item.yaml().maps("pairs").stream().map(MatchingQuestion::id).toList();
        Map<String, String> given = new HashMap<>();
        for (String value : given(response)) {
            int equals = value.indexOf('=');
            if (equals > 0) {
                given.putIfAbsent(value.substring(0, equals).trim(), value.substring(equals + 1).trim());
            }
        }
        long matched = ids.stream().filter(id -> id.equals(given.get(id))).count();
        double score = ids.isEmpty() ? 0 : (double) matched / ids.size();
        return new QuestionGrade(score, ids.stream().map(id -> id + "=" + id).toList(), "", Map.of());
    }

    private static String id(ItemYaml pair) {
        return pair.string("id").orElse("");
    }
}
