package nl.kring.learning.ui;

import java.util.Optional;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kring.base.Roles;
import nl.kring.base.ui.MainLayout;
import nl.kring.catalog.CatalogService;
import nl.kring.catalog.CourseUpdates;
import nl.kring.catalog.LessonPage;
import nl.kring.catalog.LessonRef;
import nl.kring.learning.CourseProgress;
import nl.kring.learning.LearningService;

/** Reads one lesson: the rendered text, previous/next and "mark as done", saved at once. */
@Route(value = "course/:courseId/lesson/:lessonId", layout = MainLayout.class)
@RolesAllowed({Roles.LEARNER, Roles.TRAINER, Roles.TEAM_LEAD, Roles.ADMIN})
public class LessonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CatalogService catalog;
    private final transient LearningService learning;
    private final Button doneButton = new Button();
    private final ProgressBar courseProgress = new ProgressBar(0, 1);
    private final Span progressLabel = new Span();
    private LessonPage page;
    /** Whether the shown lesson is done, as last read by {@link #refreshDone()}. */
    private boolean done;

    public LessonView(CatalogService catalog, LearningService learning, CourseUpdates updates) {
        this.catalog = catalog;
        this.learning = learning;
        RefreshOnCourseChange.install(this, updates, () -> page == null ? null : page.courseId());
        addClassName("kring-page");
        addClassName("kring-lesson-page");
        doneButton.setId("mark-done");
        doneButton.addClickListener(e -> toggleDone());
        courseProgress.setId("lesson-course-progress");
        progressLabel.setId("lesson-progress-label");
        progressLabel.addClassName("kring-muted");
    }

    static String route(String courseId, String lessonId) {
        return "course/" + courseId + "/lesson/" + lessonId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get("courseId").orElse("");
        String lessonId = event.getRouteParameters().get("lessonId").orElse("");
        removeAll();
        Optional<LessonPage> found = catalog.lesson(courseId, lessonId, getLocale());
        if (found.isEmpty()) {
            page = null;
            add(NotFound.lesson(this));
            return;
        }
        page = found.get();
        show(page);
    }

    private void show(LessonPage lesson) {
        Anchor course = new Anchor("course/" + lesson.courseId(), lesson.courseTitle());
        course.setId("lesson-course-link");
        Div crumbs = new Div(course, new Span(" / "), new Span(lesson.title()));
        crumbs.addClassName("kring-crumbs");

        H1 title = new H1(lesson.title());
        title.setId("lesson-title");
        Paragraph meta = new Paragraph(getTranslation("course.minutes", lesson.minutes()));
        meta.addClassName("kring-muted");
        Div header = new Div(crumbs, title, meta);
        if (!lesson.language().equals(getLocale().getLanguage())) {
            Paragraph note = new Paragraph(getTranslation("lesson.language-fallback", lesson.language().toUpperCase()));
            note.addClassName("kring-note");
            header.add(note);
        }
        header.addClassName("kring-lesson-header");

        Article body = new Article(new Html("<div class=\"kring-markdown\">" + lesson.html() + "</div>"));
        body.addClassName("kring-lesson-body");
        body.setId("lesson-body");

        Div progress = new Div(progressLabel, courseProgress);
        progress.addClassName("kring-lesson-progress");
        add(header, progress, body, navigation(lesson));
        refreshDone();
    }

    private HorizontalLayout navigation(LessonPage lesson) {
        Button previous = neighbour(lesson.previous(), "lesson.previous", VaadinIcon.ARROW_LEFT);
        previous.setId("previous-lesson");
        Button next = neighbour(lesson.next(), "lesson.next", VaadinIcon.ARROW_RIGHT);
        next.setIconAfterText(true);
        next.setId("next-lesson");
        HorizontalLayout nav = new HorizontalLayout(previous, doneButton, next);
        nav.addClassName("kring-lesson-nav");
        nav.setWidthFull();
        nav.setJustifyContentMode(JustifyContentMode.BETWEEN);
        return nav;
    }

    private Button neighbour(Optional<LessonRef> target, String key, VaadinIcon icon) {
        Button button = new Button(target.map(t -> getTranslation(key) + ": " + t.title()).orElse(getTranslation(key)),
                icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setEnabled(target.isPresent());
        target.ifPresent(t -> button.addClickListener(e -> navigateTo(t)));
        return button;
    }

    private void navigateTo(LessonRef lesson) {
        getUI().ifPresent(ui -> ui.navigate(route(page.courseId(), lesson.id())));
    }

    private void toggleDone() {
        if (done) {
            learning.markNotDone(page.courseId(), page.lessonId());
        } else {
            learning.markDone(page.courseId(), page.lessonId(), page.courseVersion());
            Notification.show(getTranslation("lesson.saved"), 2500, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
        refreshDone();
    }

    private void refreshDone() {
        CourseProgress progress = learning.progress(page.courseId(), getLocale());
        done = progress.isDone(page.lessonId());
        doneButton.setText(getTranslation(done ? "lesson.done" : "lesson.mark-done"));
        doneButton.setIcon(done ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CHECK.create());
        doneButton.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        doneButton.addThemeVariants(done ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_PRIMARY);
        doneButton.getElement().setAttribute("data-done", String.valueOf(done));
        doneButton.setTooltipText(done ? getTranslation("lesson.undo-hint") : null);
        courseProgress.setValue(progress.fraction());
        progressLabel.setText(getTranslation("course.progress", progress.done(), progress.total(), progress.percent()));
    }

    @Override
    public String getPageTitle() {
        return page == null ? getTranslation("lesson.not-found") : page.title();
    }
}
