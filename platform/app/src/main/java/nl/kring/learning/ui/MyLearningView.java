package nl.kring.learning.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kring.base.KringTime;
import nl.kring.base.Roles;
import nl.kring.base.ui.MainLayout;
import nl.kring.learning.LearningAgenda;
import nl.kring.learning.LearningService;
import nl.kring.learning.MyCourse;

/** The learner's enrolled courses with progress and a button to continue where they left off. */
@Route(value = "my-learning", layout = MainLayout.class)
@RolesAllowed({Roles.LEARNER, Roles.TRAINER, Roles.TEAM_LEAD, Roles.ADMIN})
public class MyLearningView extends VerticalLayout implements HasDynamicTitle {

    public MyLearningView(LearningService learning, List<LearningAgenda> agendas) {
        addClassName("kring-page");
        add(new H2(getTranslation("my-learning.title")));
        List<LearningAgenda.Item> assigned = agendas.stream().flatMap(a -> a.mine(getLocale()).stream()).toList();
        if (!assigned.isEmpty()) {
            add(assigned(assigned));
        }
        List<MyCourse> courses = learning.myCourses(getLocale());
        if (courses.isEmpty()) {
            Div empty = new Div(new Paragraph(getTranslation("my-learning.empty")),
                    new Anchor("", getTranslation("nav.back-to-catalog")));
            empty.addClassName("kring-empty");
            empty.setId("my-learning-empty");
            add(empty);
            return;
        }
        Div list = new Div();
        list.addClassName("kring-my-courses");
        list.setId("my-courses");
        courses.forEach(course -> list.add(row(course)));
        add(list);
    }

    private Div row(MyCourse course) {
        Anchor title = new Anchor("course/" + course.courseId(), course.title());
        Span label = new Span(getTranslation("course.progress", course.progress().done(), course.progress().total(),
                course.progress().percent()));
        label.addClassName("kring-muted");
        ProgressBar bar = new ProgressBar(0, 1, course.progress().fraction());
        Div row = new Div(new H3(title), label, bar);
        course.continueWith().ifPresentOrElse(next -> {
            Button go = new Button(getTranslation("my-learning.continue", next.title()), VaadinIcon.ARROW_RIGHT.create(),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(LessonView.route(course.courseId(), next.id()))));
            go.setIconAfterText(true);
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            row.add(go);
        }, () -> {
            Span done = new Span(VaadinIcon.CHECK_CIRCLE.create(), new Span(getTranslation("my-learning.complete")));
            done.addClassName("kring-complete");
            row.add(done);
        });
        row.addClassName("kring-card");
        row.getElement().setAttribute("data-course", course.courseId());
        return row;
    }

    /** What the learner was asked to do, with the due date; overdue is marked, done is ticked. */
    private Div assigned(List<LearningAgenda.Item> items) {
        Div box = new Div(new H3(getTranslation("my-learning.assigned")));
        box.setId("my-assignments");
        box.addClassName("kring-card");
        java.time.format.DateTimeFormatter date = java.time.format.DateTimeFormatter
                .ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(getLocale());
        java.time.LocalDate today = java.time.LocalDate.now(KringTime.ZONE);
        com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
        for (LearningAgenda.Item item : items) {
            com.vaadin.flow.component.html.ListItem row = new com.vaadin.flow.component.html.ListItem(
                    new Anchor(item.path(), item.title()), new Span(" · " + getTranslation("my-learning.due", date.format(item.due()))
                    + (item.from().isBlank() ? "" : " · " + item.from()) + " "));
            if (item.done()) {
                row.add(nl.kring.base.ui.Badges.status(getTranslation("my-learning.assigned-done"), "success"));
            } else if (item.overdue(today)) {
                row.add(nl.kring.base.ui.Badges.status(getTranslation("my-learning.assigned-overdue"), "error"));
            }
            list.add(row);
        }
        box.add(list);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-learning.title");
    }
}
