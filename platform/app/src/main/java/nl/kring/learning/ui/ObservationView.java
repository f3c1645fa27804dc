package nl.kring.learning.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kring.account.AccountService;
import nl.kring.account.UserSummary;
import nl.kring.api.activity.ActivityBlock;
import nl.kring.api.activity.ActivityView;
import nl.kring.base.Roles;
import nl.kring.base.ui.MainLayout;
import nl.kring.content.LinkResolver;
import nl.kring.content.MarkdownRenderer;
import nl.kring.learning.Observation;
import nl.kring.learning.ObservationService;

/**
 * A trainer records an observed role-play (live or from a recording): whom, which activity, and the activity's own
 * form (for a role-play the MITI behaviour counts and global ratings). The result counts as "shows how" evidence and
 * the learner reads it on the activity page.
 */
@Route(value = "review/observe", layout = MainLayout.class)
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class ObservationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ObservationService observations;
    private final transient AccountService accounts;
    private final transient MarkdownRenderer markdown;
    private final ComboBox<UserSummary> learner = new ComboBox<>();
    private final ComboBox<ObservationService.Observable> activity = new ComboBox<>();
    private final Div form = new Div();
    private final Div result = new Div();
    private final Map<String, Supplier<String>> answers = new HashMap<>();

    public ObservationView(ObservationService observations, AccountService accounts, MarkdownRenderer markdown) {
        this.observations = observations;
        this.accounts = accounts;
        this.markdown = markdown;
        addClassName("kring-page");
        addClassName("kring-lesson-page");
        form.setId("observation-form");
        form.setWidthFull();
        result.setId("observation-result");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        H1 heading = new H1(getPageTitle());
        heading.setId("observation-title");
        learner.setLabel(getTranslation("observe.learner"));
        learner.setItems(accounts.learners());
        learner.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        learner.setId("observation-learner");
        learner.setWidth("min(100%, 28rem)");
        activity.setLabel(getTranslation("observe.activity"));
        activity.setItems(observations.observable(getLocale()));
        activity.setItemLabelGenerator(a -> a.title() + " — " + a.courseTitle());
        activity.setId("observation-activity");
        activity.setWidth("min(100%, 36rem)");
        activity.addValueChangeListener(e -> showForm());
        add(heading, new Paragraph(getTranslation("observe.intro")), learner, activity, form, result,
                new Anchor("review", getTranslation("observe.back")));
    }

    private void showForm() {
        form.removeAll();
        result.removeAll();
        answers.clear();
        ObservationService.Observable chosen = activity.getValue();
        if (chosen == null) {
            return;
        }
        observations.form(chosen.courseId(), chosen.activityId(), getLocale()).ifPresentOrElse(view -> fill(view),
                () -> form.add(new Paragraph(getTranslation("activity.unavailable.text"))));
    }

    private void fill(ActivityView view) {
        if (view.introMarkdown() != null && !view.introMarkdown().isBlank()) {
            form.add(html(view.introMarkdown()));
        }
        Div numbers = null;
        for (ActivityBlock block : view.blocks()) {
            Component field = field(block);
            if (block instanceof ActivityBlock.Number) {
                if (numbers == null) {
                    numbers = new Div();
                    numbers.addClassName("kring-observation-numbers");
                    form.add(numbers);
                }
                numbers.add(field);
            } else {
                numbers = null;
                form.add(field);
            }
        }
        Button save = new Button(getTranslation("observe.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("observation-save");
        form.add(save);
    }

    private Component field(ActivityBlock block) {
        if (block instanceof ActivityBlock.Number number) {
            IntegerField field = new IntegerField(number.prompt());
            field.setMin(number.min());
            field.setMax(number.max());
            field.setStepButtonsVisible(true);
            field.setId("observe-" + number.id());
            answers.put(number.id(), () -> field.getValue() == null ? "" : String.valueOf(field.getValue()));
            return field;
        }
        if (block instanceof ActivityBlock.FreeText free) {
            TextArea area = new TextArea(free.prompt());
            area.setWidthFull();
            area.setId("observe-" + free.id());
            answers.put(free.id(), area::getValue);
            return area;
        }
        if (block instanceof ActivityBlock.Text text) {
            return html(text.markdown());
        }
        return new Paragraph(getTranslation("activity.block-unknown"));
    }

    private void save() {
        if (learner.getValue() == null) {
            learner.setInvalid(true);
            learner.setErrorMessage(getTranslation("observe.learner-first"));
            return;
        }
        Map<String, String> given = new HashMap<>();
        answers.forEach((id, value) -> given.put(id, value.get()));
        ObservationService.Observable chosen = activity.getValue();
        result.removeAll();
        try {
            Observation saved = observations.record(learner.getValue().username(), chosen.courseId(), chosen.activityId(),
                    given, getLocale());
            result.addClassName("kring-note");
            result.add(new H3(getTranslation("observe.saved", learner.getValue().displayName(), Math.round(saved.score() * 100))),
                    html(saved.feedbackMarkdown()));
        } catch (IllegalArgumentException wrong) {
            Notification.show(wrong.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (IllegalStateException failed) {
            Notification.show(getTranslation("activity.score-failed"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private Html html(String text) {
        return new Html("<div class=\"kring-markdown\">" + markdown.render(text == null ? "" : text, LinkResolver.AS_WRITTEN)
                + "</div>");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("observe.title");
    }
}
