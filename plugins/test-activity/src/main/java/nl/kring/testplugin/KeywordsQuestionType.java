package nl.kring.testplugin;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.kring.api.question.ItemYaml;
import nl.kring.api.question.QuestionGrade;
import nl.kring.api.question.QuestionInput;
import nl.kring.api.question.QuestionProblem;
import nl.kring.api.question.QuestionSource;
import nl.kring.api.question.QuestionType;
import org.pf4j.Extension;

/**
 * Item type {@code keywords}, the way a plugin adds a question type: an open answer that scores by the key terms it
 * names. {@code keywords:} lists the terms, each with variants per language; {@code needed:} is how many terms give
 * full marks (default: all).
 */
@Extension
public class KeywordsQuestionType implements QuestionType {

    @Override
    public String type() {
        return "keywords";
    }

    @Override
    public List<QuestionProblem> validate(QuestionSource item) {
        List<QuestionProblem> problems = new ArrayList<>();
        List<ItemYaml> terms = item.yaml().maps("keywords");
        if (terms.isEmpty()) {
            problems.add(new QuestionProblem(item.yaml().line(), "item '" + item.itemId() + "' has no keywords",
                    "keywords: - {nl: [partner], en: [partner]}"));
        }
        for (ItemYaml term : terms) {
            for (String language : item.languages()) {
                if (term.strings(language).isEmpty()) {
                    problems.add(new QuestionProblem(term.line(), "a keyword has no variant in '" + language + "'", null));
                }
            }
        }
        int needed = needed(item, terms.size());
        if (needed < 1 || needed > Math.max(1, terms.size())) {
            problems.add(new QuestionProblem(item.yaml().lineOf("needed"), "needed must be from 1 to " + terms.size(), null));
        }
        return problems;
    }

    @Override
    public QuestionInput render(QuestionSource item, String language) {
        return new QuestionInput.Text(false);
    }

    @Override
    public QuestionGrade grade(QuestionSource item, List<String> response, String language) {
        List<ItemYaml> terms = item.yaml().maps("keywords");
        String answer = " " + normalize(String.join(" ", response)) + " ";
        long found = terms.stream().filter(term -> term.strings(language).stream()
                .anyMatch(variant -> answer.contains(" " + normalize(variant) + " "))).count();
        int needed = Math.max(1, needed(item, terms.size()));
        List<String> shown = terms.stream().map(t -> t.strings(language).isEmpty() ? "" : t.strings(language).get(0)).toList();
        return new QuestionGrade(Math.min(1.0, (double) found / needed), List.of(String.join(", ", shown)),
                String.join("; ", shown), Map.of());
    }

    private static int needed(QuestionSource item, int terms) {
        try {
            return Integer.parseInt(item.yaml().string("needed").orElse(String.valueOf(terms)));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String normalize(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
