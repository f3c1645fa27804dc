package nl.kring.coursekit;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Grades one answer to one item. The rules, as learners and trainers read them in the authoring guide:
 * <ul>
 *   <li>single-choice and true-false: right or wrong;</li>
 *   <li>multiple-response: every right option chosen adds 1/k, every wrong option chosen takes 1/k off (k = number
 *       of right options), never below 0; fully right only with all right options and no wrong one;</li>
 *   <li>matching: each correctly matched pair counts 1/n;</li>
 *   <li>ordering: each pair of neighbouring steps in the right relative order counts 1/(n−1);</li>
 *   <li>short answer: right when it equals an accepted answer, ignoring surrounding spaces and punctuation, case
 *       (unless the item is case-sensitive) and accents (unless the item says otherwise);</li>
 *   <li>numeric: right when within the tolerance, borders included; a decimal comma is accepted.</li>
 * </ul>
 * An empty answer scores 0.
 */
public final class Grader {

    private Grader() {
    }

    /**
     * @param response the learner's answer: chosen option ids (choice), {@code true}/{@code false}, {@code left=right}
     *                 pair ids (matching), step ids in the learner's order (ordering), or one text (short answer,
     *                 numeric)
     * @throws IllegalArgumentException for a case item, whose items are graded one by one
     */
    public static Grade grade(QuizItem item, List<String> response, String language) {
        List<String> answer = response.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
        if (answer.isEmpty()) {
            return Grade.WRONG;
        }
        ItemKey key = item.key();
        if (key instanceof ItemKey.Choice choice) {
            return choice.multiple() ? multiple(choice, answer) : single(choice, answer);
        }
        if (key instanceof ItemKey.TrueFalse trueFalse) {
            return Boolean.parseBoolean(answer.get(0)) == trueFalse.answer() && isBoolean(answer.get(0)) ? Grade.RIGHT : Grade.WRONG;
        }
        if (key instanceof ItemKey.Matching matching) {
            return matching(matching, answer);
        }
        if (key instanceof ItemKey.Ordering ordering) {
            return ordering(ordering, answer);
        }
        if (key instanceof ItemKey.ShortAnswer shortAnswer) {
            return shortAnswer(shortAnswer, answer.get(0), language);
        }
        if (key instanceof ItemKey.Numeric numeric) {
            return numeric(numeric, answer.get(0));
        }
        throw new IllegalArgumentException("item '" + item.id() + "' is a case; grade its items one by one");
    }

    private static Grade single(ItemKey.Choice choice, List<String> answer) {
        if (answer.size() != 1) {
            return Grade.WRONG;
        }
        return choice.options().stream().anyMatch(o -> o.correct() && o.id().equals(answer.get(0))) ? Grade.RIGHT : Grade.WRONG;
    }

    private static Grade multiple(ItemKey.Choice choice, List<String> answer) {
        Set<String> chosen = new HashSet<>(answer);
        long right = choice.options().stream().filter(QuizOption::correct).count();
        long chosenRight = choice.options().stream().filter(o -> o.correct() && chosen.contains(o.id())).count();
        long chosenWrong = choice.options().stream().filter(o -> !o.correct() && chosen.contains(o.id())).count();
        return Grade.partial((double) (chosenRight - chosenWrong) / right);
    }

    private static Grade matching(ItemKey.Matching matching, List<String> answer) {
        Map<String, String> given = answer.stream().filter(a -> a.contains("="))
                .collect(Collectors.toMap(a -> a.substring(0, a.indexOf('=')).trim(), a -> a.substring(a.indexOf('=') + 1).trim(),
                        (first, second) -> first));
        long matched = matching.pairs().stream().filter(p -> p.id().equals(given.get(p.id()))).count();
        return Grade.partial((double) matched / matching.pairs().size());
    }

    private static Grade ordering(ItemKey.Ordering ordering, List<String> answer) {
        List<String> right = ordering.steps().stream().map(ItemKey.Step::id).toList();
        if (answer.size() != right.size() || !new HashSet<>(answer).equals(new HashSet<>(right))) {
            return Grade.WRONG;
        }
        int inOrder = 0;
        for (int i = 0; i + 1 < answer.size(); i++) {
            if (right.indexOf(answer.get(i)) < right.indexOf(answer.get(i + 1))) {
                inOrder++;
            }
        }
        return Grade.partial((double) inOrder / (right.size() - 1));
    }

    private static Grade shortAnswer(ItemKey.ShortAnswer key, String answer, String language) {
        List<String> accepted = key.accepted().containsKey(language) ? key.accepted().get(language)
                : key.accepted().values().stream().flatMap(List::stream).toList();
        String given = normalize(answer, key);
        return accepted.stream().anyMatch(a -> normalize(a, key).equals(given)) ? Grade.RIGHT : Grade.WRONG;
    }

    static String normalize(String text, ItemKey.ShortAnswer key) {
        String normalized = text.strip().replaceAll("\\s+", " ").replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
        if (key.ignoreDiacritics()) {
            normalized = Normalizer.normalize(normalized, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        }
        return key.caseSensitive() ? normalized : normalized.toLowerCase(Locale.ROOT);
    }

    private static Grade numeric(ItemKey.Numeric key, String answer) {
        try {
            double value = Double.parseDouble(answer.replace(',', '.').replace(" ", ""));
            return Math.abs(value - key.answer()) <= key.tolerance() + 1e-9 ? Grade.RIGHT : Grade.WRONG;
        } catch (NumberFormatException e) {
            return Grade.WRONG;
        }
    }

    private static boolean isBoolean(String value) {
        return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
    }
}
