package nl.kring.assessment.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kring.assessment.QuizQuestion;
import nl.kring.assessment.QuizResult;
import nl.kring.assessment.QuizService;
import nl.kring.assessment.QuizSession;
import nl.kring.base.Roles;
import nl.kring.base.ui.MainLayout;
import nl.kring.catalog.CatalogService;
import nl.kring.catalog.QuizDefinition;
import nl.kring.content.LinkResolver;
import nl.kring.content.MarkdownRenderer;
import nl.kring.coursekit.QuizSettings;

/**
 * Takes a quiz: every answer is saved the moment it is given (a reload or a restart continues where the learner
 * was); with immediate feedback each answer can be checked on the spot; a time limit counts down and the server
 * submits when the time is up; after submitting, the review shows the score, every question with the answer, the
 * key and the feedback.
 */
@Route(value = "course/:courseId/quiz/:quizId", layout = MainLayout.class)
@RolesAllowed({Roles.LEARNER, Roles.TRAINER, Roles.TEAM_LEAD, Roles.ADMIN})
public class QuizView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient QuizService quizzes;
    private final transient CatalogService catalog;
    private final transient MarkdownRenderer markdown;
    private final Span saved = new Span();
    private String title = "";
    private String courseId;
    private String quizId;
    private QuizSession session;
    /** The latest answer per question in this page, for checking it. */
    private final Map<String, List<String>> current = new HashMap<>();

    public QuizView(QuizService quizzes, CatalogService catalog, MarkdownRenderer markdown) {
        this.quizzes = quizzes;
        this.catalog = catalog;
        this.markdown = markdown;
        addClassName("kring-page");
        addClassName("kring-lesson-page");
        saved.setId("quiz-saved");
        saved.addClassName("kring-muted");
        saved.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().get("courseId").orElse("");
        quizId = event.getRouteParameters().get("quizId").orElse("");
        removeAll();
        if (quizzes.find(courseId, quizId, getLocale()).isEmpty()) {
            title = getTranslation("quiz.not-found");
            add(new H1(title), new Paragraph(getTranslation("quiz.not-found.text")), new Anchor("", getTranslation("nav.back-to-catalog")));
            return;
        }
        Optional<QuizResult> timedOut = quizzes.closeIfTimeIsUp(courseId, quizId, getLocale());
        if (timedOut.isPresent()) {
            showReview(timedOut.get());
            return;
        }
        List<QuizResult> results = quizzes.results(courseId, quizId, getLocale());
        if (!quizzes.hasOpenAttempt(courseId, quizId) && !results.isEmpty()) {
            showReview(results.get(0));
        } else {
            showAttempt(start());
        }
    }

    private QuizSession start() {
        try {
            return quizzes.startOrResume(courseId, quizId, getLocale());
        } catch (QuizService.ConcurrentStartException raced) {
            return quizzes.startOrResume(courseId, quizId, getLocale());
        }
    }

    private void header(QuizDefinition quiz) {
        title = quiz.text(quiz.quiz().title());
        Div crumbs = new Div(new Anchor("course/" + courseId, quiz.courseTitle()), new Span(" / "), new Span(title));
        crumbs.addClassName("kring-crumbs");
        H1 heading = new H1(title);
        heading.setId("quiz-title");
        add(crumbs, heading);
    }

    private void showAttempt(QuizSession started) {
        removeAll();
        session = started;
        current.clear();
        QuizDefinition quiz = session.quiz();
        QuizSettings settings = quiz.quiz().settings();
        header(quiz);
        add(new Paragraph(getTranslation("quiz.intro", session.questions().size(), quiz.quiz().passMark(), session.attemptNumber())));
        if (settings.feedback() == QuizSettings.Feedback.IMMEDIATELY) {
            add(new Paragraph(getTranslation("quiz.intro.immediately")));
        }
        if (settings.hasTimeLimit()) {
            add(new Paragraph(getTranslation("quiz.time-limit", settings.timeLimitMinutes())));
        }
        session.deadline().ifPresent(deadline -> add(new QuizTimer(this, Duration.between(Instant.now(), deadline))));
        add(saved);
        String shownCase = null;
        for (QuizQuestion question : session.questions()) {
            String caseText = question.leaf().caseText().map(quiz::text).orElse(null);
            if (caseText != null && !caseText.equals(shownCase)) {
                Div box = new Div(html(caseText));
                box.addClassName("kring-note");
                add(box);
            }
            shownCase = caseText;
            add(item(quiz, question));
        }
        Button submit = new Button(getTranslation("quiz.submit"), e -> confirmSubmit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("quiz-submit");
        add(submit);
    }

    private Div item(QuizDefinition quiz, QuizQuestion question) {
        String leafId = question.leaf().id();
        Div item = new Div();
        item.addClassName("kring-quiz-item");
        item.setId("item-" + leafId.replace('/', '-'));
        String label = question.number() + ". " + quiz.text(question.leaf().item().text());
        if (question.input().isEmpty()) {
            item.add(new Paragraph(label), new Paragraph(getTranslation("quiz.unavailable")));
            return item;
        }
        current.put(leafId, question.answer());
        Component input = ItemInput.of(question.input().get(), label, question.answer(), quiz.quiz().settings().shuffleOptions(),
                session.attemptId() * 31 + leafId.hashCode(), values -> save(leafId, values));
        item.add(input);
        if (question.isChecked()) {
            ItemInput.lock(input);
            item.add(new ItemReview(quiz, question, false, this::html));
        } else if (quiz.quiz().settings().feedback() == QuizSettings.Feedback.IMMEDIATELY) {
            Button check = new Button(getTranslation("quiz.check"), e -> check(item, input, leafId, e.getSource()));
            check.addClassName("kring-check");
            item.add(check);
        }
        return item;
    }

    private void save(String leafId, List<String> values) {
        current.put(leafId, values);
        try {
            quizzes.saveAnswer(session.attemptId(), leafId, values);
            saved.setText(getTranslation("quiz.saved"));
        } catch (QuizService.TimeUpException late) {
            timeUp();
        } catch (IllegalStateException submittedElsewhere) {
            Notification.show(getTranslation("quiz.submitted-elsewhere"), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        }
    }

    /** Checks one answer (immediate feedback), locks it and moves the focus to the feedback. */
    private void check(Div item, Component input, String leafId, Button check) {
        List<String> values = current.getOrDefault(leafId, List.of());
        if (values.isEmpty()) {
            Notification.show(getTranslation("quiz.check.empty"), 4000, Notification.Position.MIDDLE);
            return;
        }
        try {
            QuizQuestion checked = quizzes.check(session.attemptId(), leafId, values, getLocale());
            ItemInput.lock(input);
            item.remove(check);
            ItemReview feedback = new ItemReview(session.quiz(), checked, false, this::html);
            feedback.getElement().setAttribute("tabindex", "-1");
            feedback.getElement().setAttribute("role", "status");
            item.add(feedback);
            feedback.getElement().callJsFunction("focus");
        } catch (QuizService.TimeUpException late) {
            timeUp();
        } catch (IllegalStateException submittedElsewhere) {
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        }
    }

    /** Called by the countdown when it reaches zero; the server decides, using its own clock. */
    @ClientCallable
    void timeUp() {
        if (session == null) {
            return;
        }
        Optional<QuizResult> closed = quizzes.closeIfTimeIsUp(courseId, quizId, getLocale());
        if (closed.isPresent()) {
            showReview(closed.get());
        } else {
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        }
    }

    private void confirmSubmit() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("quiz.submit.title"), getTranslation("quiz.submit.text"),
                getTranslation("quiz.submit"), e -> showReview(quizzes.submit(session.attemptId(), getLocale())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("plugins.plan.cancel"));
        dialog.setId("confirm-submit");
        dialog.open();
    }

    private void showReview(QuizResult result) {
        removeAll();
        session = null;
        QuizDefinition quiz = result.quiz();
        header(quiz);
        if (result.timeUp()) {
            Paragraph timeUp = new Paragraph(getTranslation("quiz.time-up"));
            timeUp.setId("quiz-time-up");
            add(timeUp);
        }
        Div summary = new Div(new Span(getTranslation(result.passed() ? "quiz.passed" : "quiz.not-passed", result.percent(),
                quiz.quiz().passMark())));
        summary.addClassName(result.passed() ? "kring-note" : "kring-report-error");
        summary.setId("quiz-summary");
        summary.getElement().setAttribute("tabindex", "-1");
        add(summary);
        summary.getElement().callJsFunction("focus");
        for (QuizQuestion question : result.questions()) {
            ItemReview review = new ItemReview(quiz, question, true, this::html);
            review.addClassName("kring-quiz-item");
            review.setId("review-" + question.leaf().id().replace('/', '-'));
            add(review);
        }
        if (!result.showKey()) {
            Paragraph later = new Paragraph(getTranslation("quiz.key-later"));
            later.setId("quiz-key-later");
            add(later);
        }
        if (result.canTryAgain()) {
            Button again = new Button(getTranslation("quiz.again"), e -> showAttempt(start()));
            again.setId("quiz-again");
            again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(again);
        } else {
            Paragraph used = new Paragraph(getTranslation("quiz.no-attempts-left"));
            used.setId("quiz-no-attempts-left");
            add(used);
        }
        add(new Anchor("course/" + courseId, getTranslation("activity.back-to-course")));
    }

    Html html(String text) {
        return new Html("<div class=\"kring-markdown\">" + markdown.render(text == null ? "" : text, LinkResolver.AS_WRITTEN)
                + "</div>");
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
