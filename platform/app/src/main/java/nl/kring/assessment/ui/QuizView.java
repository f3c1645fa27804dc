package nl.kring.assessment.ui;

import java.util.List;

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
import nl.kring.assessment.QuizResult;
import nl.kring.assessment.QuizService;
import nl.kring.assessment.QuizSession;
import nl.kring.base.Roles;
import nl.kring.base.ui.MainLayout;
import nl.kring.catalog.CatalogService;
import nl.kring.catalog.QuizDefinition;
import nl.kring.content.LinkResolver;
import nl.kring.content.MarkdownRenderer;

/**
 * Takes a quiz: every answer is saved the moment it is given (a reload or a restart continues where the learner
 * was); after submitting, the review shows the score, every item with the answer, the key and the feedback.
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

    public QuizView(QuizService quizzes, CatalogService catalog, MarkdownRenderer markdown) {
        this.quizzes = quizzes;
        this.catalog = catalog;
        this.markdown = markdown;
        addClassName("kring-page");
        addClassName("kring-lesson-page");
        saved.setId("quiz-saved");
        saved.addClassName("kring-muted");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().get("courseId").orElse("");
        quizId = event.getRouteParameters().get("quizId").orElse("");
        removeAll();
        if (catalog.quiz(courseId, quizId, getLocale()).isEmpty()) {
            title = getTranslation("quiz.not-found");
            add(new H1(title), new Paragraph(getTranslation("quiz.not-found.text")), new Anchor("", getTranslation("nav.back-to-catalog")));
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

    private void showAttempt(QuizSession session) {
        removeAll();
        QuizDefinition quiz = session.quiz();
        header(quiz);
        add(new Paragraph(getTranslation("quiz.intro", quiz.leaves().size(), quiz.quiz().passMark(), session.attemptNumber())), saved);
        String shownCase = null;
        int number = 0;
        for (QuizDefinition.Leaf leaf : quiz.leaves()) {
            String caseText = leaf.caseText().map(quiz::text).orElse(null);
            if (caseText != null && !caseText.equals(shownCase)) {
                Div box = new Div(html(caseText));
                box.addClassName("kring-note");
                add(box);
            }
            shownCase = caseText;
            number++;
            String label = number + ". " + quiz.text(leaf.item().text());
            Component input = ItemInput.of(quiz, leaf.item(), label, session.answers().getOrDefault(leaf.id(), List.of()),
                    session.attemptId() * 31 + leaf.id().hashCode(), values -> save(session, leaf.id(), values));
            input.setId("item-" + leaf.id().replace('/', '-'));
            Div item = new Div(input);
            item.addClassName("kring-quiz-item");
            add(item);
        }
        Button submit = new Button(getTranslation("quiz.submit"), e -> confirmSubmit(session));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("quiz-submit");
        add(submit);
    }

    private void save(QuizSession session, String itemId, List<String> values) {
        try {
            quizzes.saveAnswer(session.attemptId(), itemId, values);
            saved.setText(getTranslation("quiz.saved"));
        } catch (IllegalStateException submittedElsewhere) {
            Notification.show(getTranslation("quiz.submitted-elsewhere"), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        }
    }

    private void confirmSubmit(QuizSession session) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("quiz.submit.title"), getTranslation("quiz.submit.text"),
                getTranslation("quiz.submit"), e -> showReview(quizzes.submit(session.attemptId(), getLocale())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("plugins.plan.cancel"));
        dialog.setId("confirm-submit");
        dialog.open();
    }

    private void showReview(QuizResult result) {
        removeAll();
        QuizDefinition quiz = result.quiz();
        header(quiz);
        Div summary = new Div(new Span(getTranslation(result.passed() ? "quiz.passed" : "quiz.not-passed", result.percent(),
                quiz.quiz().passMark())));
        summary.addClassName(result.passed() ? "kring-note" : "kring-report-error");
        summary.setId("quiz-summary");
        add(summary);
        int number = 0;
        for (QuizDefinition.Leaf leaf : quiz.leaves()) {
            number++;
            add(new ItemReview(quiz, leaf, number, result.answers().getOrDefault(leaf.id(), List.of()),
                    result.itemScores().getOrDefault(leaf.id(), 0.0), result.showKey(), this::html));
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
