package nl.kring.assessment.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.kring.api.question.QuestionGrade;
import nl.kring.api.question.QuestionInput;
import nl.kring.assessment.QuizQuestion;
import nl.kring.base.ui.Badges;
import nl.kring.catalog.QuizDefinition;

/**
 * One question in the review, or the feedback on one checked answer: the score, the learner's answer, the right
 * answer, the feedback on what the learner chose, the explanation and a link to the lesson that teaches it.
 */
final class ItemReview extends Div {

    /**
     * @param withQuestion whether to repeat the question (the review does; immediate feedback sits under the question)
     */
    ItemReview(QuizDefinition quiz, QuizQuestion question, boolean withQuestion, Function<String, Html> markdown) {
        addClassName("kring-item-review");
        double score = question.score() == null ? 0 : question.score();
        String badge = score >= 1 - 1e-9 ? "quiz.right" : score > 0 ? "quiz.partly" : "quiz.wrong";
        Span mark = Badges.status(getTranslation(badge, Math.round(score * 100)),
                score >= 1 - 1e-9 ? "success" : score > 0 ? "contrast" : "error");
        if (withQuestion) {
            add(new Paragraph(new Span(question.number() + ". " + quiz.text(question.leaf().item().text()) + " "), mark));
        } else {
            add(new Paragraph(mark));
        }
        List<String> answer = question.answer();
        add(new Paragraph(getTranslation("quiz.your-answer", answer.isEmpty() ? getTranslation("quiz.no-answer")
                : describe(question.input(), answer))));
        question.feedback().ifPresent(grade -> addKey(quiz, question, grade, markdown));
    }

    private void addKey(QuizDefinition quiz, QuizQuestion question, QuestionGrade grade, Function<String, Html> markdown) {
        String right = grade.rightAnswerText().isBlank() ? describe(question.input(), grade.rightResponse()) : grade.rightAnswerText();
        add(new Paragraph(getTranslation("quiz.right-answer", right)));
        for (String value : question.answer()) {
            String feedback = grade.feedback().getOrDefault(value, "");
            if (!feedback.isBlank()) {
                add(markdown.apply("**" + describe(question.input(), List.of(value)) + ":** " + feedback));
            }
        }
        String explanation = quiz.text(question.leaf().item().explanation());
        if (!explanation.isBlank()) {
            add(markdown.apply(explanation));
        }
        if (question.leaf().closesCase()) {
            String caseExplanation = quiz.text(question.leaf().inCase().orElseThrow().explanation());
            if (!caseExplanation.isBlank()) {
                Div box = new Div(markdown.apply(caseExplanation));
                box.addClassName("kring-note");
                add(box);
            }
        }
        String lesson = question.leaf().item().lesson();
        if (!lesson.isEmpty()) {
            Anchor link = new Anchor("course/" + quiz.courseId() + "/lesson/" + lesson, getTranslation("quiz.read-lesson"));
            link.addClassName("kring-read-lesson");
            add(new Paragraph(link));
        }
    }

    /** An answer in words, with the labels the learner saw. */
    private String describe(Optional<QuestionInput> shown, List<String> values) {
        if (shown.isEmpty()) {
            return String.join("; ", values);
        }
        QuestionInput input = shown.get();
        if (input instanceof QuestionInput.Choice choice) {
            return values.stream().map(v -> label(choice.options(), v)).collect(Collectors.joining("; "));
        }
        if (input instanceof QuestionInput.Match match) {
            return values.stream().filter(v -> v.contains("=")).map(v -> label(match.prompts(), v.substring(0, v.indexOf('=')))
                    + " → " + label(match.answers(), v.substring(v.indexOf('=') + 1))).collect(Collectors.joining("; "));
        }
        if (input instanceof QuestionInput.Order order) {
            return values.stream().map(v -> label(order.steps(), v)).collect(Collectors.joining(" → "));
        }
        return String.join(" ", values);
    }

    private static String label(List<QuestionInput.Option> options, String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst().map(QuestionInput.Option::label).orElse(id);
    }
}
