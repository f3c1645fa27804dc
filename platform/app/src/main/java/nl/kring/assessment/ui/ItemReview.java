package nl.kring.assessment.ui;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.kring.base.ui.Badges;
import nl.kring.catalog.QuizDefinition;
import nl.kring.coursekit.ItemKey;
import nl.kring.coursekit.QuizOption;

/** One item in the review: the question, the learner's answer, the right answer, the score and the feedback. */
final class ItemReview extends Div {

    ItemReview(QuizDefinition quiz, QuizDefinition.Leaf leaf, int number, List<String> answer, double score,
               boolean showKey, Function<String, Html> markdown) {
        addClassName("kring-quiz-item");
        setId("review-" + leaf.id().replace('/', '-'));
        String badge = score >= 1 - 1e-9 ? "quiz.right" : score > 0 ? "quiz.partly" : "quiz.wrong";
        Span mark = Badges.status(getTranslation(badge, Math.round(score * 100)),
                score >= 1 - 1e-9 ? "success" : score > 0 ? "contrast" : "error");
        add(new Paragraph(new Span(number + ". " + quiz.text(leaf.item().text()) + " "), mark));
        add(new Paragraph(getTranslation("quiz.your-answer", answer.isEmpty() ? getTranslation("quiz.no-answer")
                : describe(quiz, leaf.item().key(), answer))));
        if (!showKey) {
            return;
        }
        add(new Paragraph(getTranslation("quiz.right-answer", rightAnswer(quiz, leaf.item().key()))));
        if (leaf.item().key() instanceof ItemKey.Choice choice) {
            choice.options().stream().filter(o -> answer.contains(o.id()) && !quiz.text(o.feedback()).isBlank())
                    .forEach(o -> add(markdown.apply("**" + quiz.text(o.text()) + ":** " + quiz.text(o.feedback()))));
        }
        String explanation = quiz.text(leaf.item().explanation());
        if (!explanation.isBlank()) {
            add(markdown.apply(explanation));
        }
        if (!leaf.item().lesson().isEmpty()) {
            Anchor lesson = new Anchor("course/" + quiz.courseId() + "/lesson/" + leaf.item().lesson(),
                    getTranslation("quiz.read-lesson"));
            lesson.addClassName("kring-read-lesson");
            add(new Paragraph(lesson));
        }
    }

    private String describe(QuizDefinition quiz, ItemKey key, List<String> answer) {
        if (key instanceof ItemKey.Choice choice) {
            return choice.options().stream().filter(o -> answer.contains(o.id())).map(o -> quiz.text(o.text()))
                    .collect(Collectors.joining("; "));
        }
        if (key instanceof ItemKey.TrueFalse) {
            return getTranslation(answer.get(0).equals("true") ? "quiz.true" : "quiz.false");
        }
        if (key instanceof ItemKey.Matching matching) {
            return answer.stream().map(a -> {
                String left = a.substring(0, a.indexOf('='));
                String right = a.substring(a.indexOf('=') + 1);
                return text(quiz, matching, left, true) + " → " + text(quiz, matching, right, false);
            }).collect(Collectors.joining("; "));
        }
        if (key instanceof ItemKey.Ordering ordering) {
            return answer.stream().map(id -> ordering.steps().stream().filter(s -> s.id().equals(id)).findFirst()
                    .map(s -> quiz.text(s.text())).orElse(id)).collect(Collectors.joining(" → "));
        }
        return answer.get(0);
    }

    private String rightAnswer(QuizDefinition quiz, ItemKey key) {
        if (key instanceof ItemKey.Choice choice) {
            return choice.options().stream().filter(QuizOption::correct).map(o -> quiz.text(o.text()))
                    .collect(Collectors.joining("; "));
        }
        if (key instanceof ItemKey.TrueFalse trueFalse) {
            return getTranslation(trueFalse.answer() ? "quiz.true" : "quiz.false");
        }
        if (key instanceof ItemKey.Matching matching) {
            return matching.pairs().stream().map(p -> quiz.text(p.left()) + " → " + quiz.text(p.right()))
                    .collect(Collectors.joining("; "));
        }
        if (key instanceof ItemKey.Ordering ordering) {
            return ordering.steps().stream().map(s -> quiz.text(s.text())).collect(Collectors.joining(" → "));
        }
        if (key instanceof ItemKey.ShortAnswer shortAnswer) {
            return String.join(" / ", shortAnswer.accepted().getOrDefault(quiz.language(),
                    shortAnswer.accepted().getOrDefault(quiz.defaultLanguage(), List.of())));
        }
        if (key instanceof ItemKey.Numeric numeric) {
            String value = numeric.answer() == Math.rint(numeric.answer()) ? String.valueOf((long) numeric.answer())
                    : String.valueOf(numeric.answer());
            return numeric.tolerance() > 0 ? value + " (± " + numeric.tolerance() + ")" : value;
        }
        return "";
    }

    private static String text(QuizDefinition quiz, ItemKey.Matching matching, String id, boolean left) {
        return matching.pairs().stream().filter(p -> p.id().equals(id)).findFirst()
                .map(p -> quiz.text(left ? p.left() : p.right())).orElse(id);
    }
}
