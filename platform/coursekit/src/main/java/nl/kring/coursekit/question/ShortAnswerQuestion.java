package nl.kring.coursekit.question;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.kring.api.question.ItemYaml;
import nl.kring.api.question.QuestionGrade;
import nl.kring.api.question.QuestionInput;
import nl.kring.api.question.QuestionProblem;
import nl.kring.api.question.QuestionSource;

/**
 * {@code short-answer}: right when the answer equals one of the accepted answers for the language
 * ({@code accept: {nl: [...], en: [...]}}), ignoring surrounding spaces and punctuation, runs of spaces, case
 * (unless {@code caseSensitive: true}) and accents (unless {@code ignoreDiacritics: false}).
 */
public final class ShortAnswerQuestion extends BuiltInQuestionType {

    @Override
    public String type() {
        return "short-answer";
    }

    @Override
    public Set<String> keys() {
        return Set.of("accept", "caseSensitive", "ignoreDiacritics");
    }

    @Override
    public List<QuestionProblem> validate(QuestionSource item) {
        List<QuestionProblem> problems = new ArrayList<>();
        ItemYaml yaml = item.yaml();
        for (String language : item.languages()) {
            if (accepted(yaml, language).isEmpty()) {
                problems.add(new QuestionProblem(yaml.has("accept") ? yaml.lineOf("accept") : yaml.line(),
                        where(item) + " accepts no answer in '" + language + "'", "accept: {" + language + ": [answer, variant]}"));
            }
        }
        requireBool(yaml, "caseSensitive", problems);
        requireBool(yaml, "ignoreDiacritics", problems);
        return problems;
    }

    @Override
    public QuestionInput render(QuestionSource item, String language) {
        return new QuestionInput.Text(false);
    }

    @Override
    public QuestionGrade grade(QuestionSource item, List<String> response, String language) {
        List<String> accepted = accepted(item.yaml(), language);
        if (accepted.isEmpty() && !item.languages().isEmpty()) {
            accepted = accepted(item.yaml(), item.languages().get(0));
        }
        boolean caseSensitive = Boolean.TRUE.equals(bool(item.yaml(), "caseSensitive"));
        boolean ignoreDiacritics = !Boolean.FALSE.equals(bool(item.yaml(), "ignoreDiacritics"));
        List<String> given = given(response);
        boolean right = !given.isEmpty() && accepted.stream().anyMatch(a -> normalize(a, caseSensitive, ignoreDiacritics)
                .equals(normalize(given.get(0), caseSensitive, ignoreDiacritics)));
        return new QuestionGrade(right ? 1 : 0, accepted.isEmpty() ? List.of() : List.of(accepted.get(0)),
                String.join(" / ", accepted), Map.of());
    }

    /** What two answers must agree on to count as the same answer. */
    public static String normalize(String text, boolean caseSensitive, boolean ignoreDiacritics) {
        String normalized = text.strip().replaceAll("\\s+", " ").replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
        if (ignoreDiacritics) {
            normalized = Normalizer.normalize(normalized, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        }
        return caseSensitive ? normalized : normalized.toLowerCase(Locale.ROOT);
    }

    private static List<String> accepted(ItemYaml item, String language) {
        return item.map("accept").map(accept -> accept.strings(language)).orElse(List.of()).stream()
                .filter(a -> !a.isBlank()).toList();
    }
}
