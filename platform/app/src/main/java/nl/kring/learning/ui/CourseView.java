package nl.kring.learning.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kring.base.Roles;
import nl.kring.base.ui.Badges;
import nl.kring.base.ui.MainLayout;
import nl.kring.catalog.ActivityRef;
import nl.kring.catalog.CatalogService;
import nl.kring.catalog.CourseUpdates;
import nl.kring.catalog.CourseOutline;
import nl.kring.catalog.LessonRef;
import nl.kring.catalog.QuizRef;
import nl.kring.learning.CourseProgress;
import nl.kring.learning.LearningService;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** A course's page: what it is about, its modules and lessons with what the learner has done. */
@Route(value = "course/:courseId", layout = MainLayout.class)
@RolesAllowed({Roles.LEARNER, Roles.TRAINER, Roles.TEAM_LEAD, Roles.ADMIN})
public class CourseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CatalogService catalog;
    private final transient LearningService learning;
    /** Trainers and administrators see a link to each quiz's statistics. */
    private final boolean trainer;
    private String title = "";
    private String courseId;

    public CourseView(CatalogService catalog, LearningService learning, CourseUpdates updates,
                      AuthenticationContext authentication) {
        this.catalog = catalog;
        this.learning = learning;
        this.trainer = authentication.hasAnyRole(Roles.TRAINER, Roles.ADMIN);
        RefreshOnCourseChange.install(this, updates, () -> courseId);
        addClassName("kring-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().get("courseId").orElse("");
        removeAll();
        Optional<CourseOutline> outline = catalog.outline(courseId, getLocale());
        if (outline.isEmpty()) {
            title = getTranslation("course.not-found");
            add(NotFound.course(this));
            return;
        }
        show(outline.get(), learning.progress(courseId, getLocale()));
    }

    private void show(CourseOutline course, CourseProgress progress) {
        title = course.title();
        Paragraph summary = new Paragraph(course.summary());
        summary.addClassName("kring-lead");

        Div competences = new Div();
        competences.addClassName("kring-badges");
        course.competences().forEach(c -> competences.add(Badges.competence(c.title(), c.description())));

        Paragraph facts = new Paragraph(String.join(" · ", getTranslation("course.minutes", course.minutes()),
                getTranslation("course.lessons", course.lessons().size()),
                getTranslation("course.points", course.accreditationPoints()),
                getTranslation("course.languages", String.join(", ", course.languages().stream().map(String::toUpperCase).toList()))));
        facts.addClassName("kring-muted");

        add(new H2(course.title()), summary, competences, facts, progressPanel(course, progress));
        for (CourseOutline.Module module : course.modules()) {
            add(module(course, module, progress));
        }
        add(sources(course));
    }

    private Div progressPanel(CourseOutline course, CourseProgress progress) {
        ProgressBar bar = new ProgressBar(0, 1, progress.fraction());
        bar.setId("course-progress");
        Span label = new Span(getTranslation("course.progress", progress.done(), progress.total(), progress.percent()));
        label.setId("course-progress-label");
        Optional<LessonRef> next = course.lessons().stream().filter(l -> !progress.isDone(l.id())).findFirst();
        String buttonKey = progress.done() == 0 ? "course.start" : progress.complete() ? "course.read-again" : "course.continue";
        LessonRef target = next.orElse(course.lessons().isEmpty() ? null : course.lessons().get(0));
        Button go = new Button(getTranslation(buttonKey), VaadinIcon.ARROW_RIGHT.create(), e -> {
            learning.enroll(course.id());
            if (target != null) {
                e.getSource().getUI().ifPresent(ui -> ui.navigate(LessonView.route(course.id(), target.id())));
            }
        });
        go.setIconAfterText(true);
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setId("start-course");
        go.setEnabled(target != null);
        Div panel = new Div(label, bar, go);
        panel.addClassName("kring-progress-panel");
        return panel;
    }

    private Div module(CourseOutline course, CourseOutline.Module module, CourseProgress progress) {
        OrderedList lessons = new OrderedList();
        lessons.addClassName("kring-lesson-list");
        for (LessonRef lesson : module.lessons()) {
            boolean done = progress.isDone(lesson.id());
            Icon icon = done ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CIRCLE_THIN.create();
            icon.addClassName(done ? "kring-done" : "kring-todo");
            icon.getElement().setAttribute("aria-label", getTranslation(done ? "lesson.done" : "lesson.not-done"));
            Anchor link = new Anchor(LessonView.route(course.id(), lesson.id()), lesson.title());
            link.getElement().setAttribute("data-lesson", lesson.id());
            Span minutes = new Span(getTranslation("course.minutes", lesson.minutes()));
            minutes.addClassName("kring-muted");
            lessons.add(new ListItem(icon, link, minutes));
        }
        for (ActivityRef activity : module.activities()) {
            Icon icon = VaadinIcon.COMMENTS_O.create();
            icon.addClassName("kring-todo");
            Anchor link = new Anchor("course/" + course.id() + "/activity/" + activity.id(), activity.title());
            link.getElement().setAttribute("data-activity", activity.id());
            Span kind = new Span(getTranslation("course.activity"));
            kind.addClassName("kring-muted");
            lessons.add(new ListItem(icon, link, kind));
        }
        for (QuizRef quiz : module.quizzes()) {
            Icon icon = VaadinIcon.QUESTION_CIRCLE_O.create();
            icon.addClassName("kring-todo");
            Anchor link = new Anchor("course/" + course.id() + "/quiz/" + quiz.id(), quiz.title());
            link.getElement().setAttribute("data-quiz", quiz.id());
            Span kind = new Span(getTranslation("course.quiz"));
            kind.addClassName("kring-muted");
            ListItem row = new ListItem(icon, link, kind);
            if (trainer) {
                Anchor statistics = new Anchor("course/" + course.id() + "/quiz/" + quiz.id() + "/statistics",
                        getTranslation("stats.link"));
                statistics.addClassName("kring-stats-link");
                row.add(statistics);
            }
            lessons.add(row);
        }
        Div box = new Div(new H3(module.title()), lessons);
        box.addClassName("kring-module");
        return box;
    }

    private Div sources(CourseOutline course) {
        UnorderedList list = new UnorderedList();
        course.sources().forEach(s -> list.add(new ListItem(s)));
        Div box = new Div(new H3(getTranslation("course.sources")), list);
        box.addClassName("kring-sources");
        return box;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
