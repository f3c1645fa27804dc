package nl.kring.learning.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kring.api.activity.ActivityBlock;
import nl.kring.api.activity.ActivityResult;
import nl.kring.api.activity.ActivityView;
import nl.kring.base.Roles;
import nl.kring.base.ui.MainLayout;
import nl.kring.catalog.ActivityPage;
import nl.kring.catalog.CatalogService;
import nl.kring.content.LinkResolver;
import nl.kring.content.MarkdownRenderer;
import nl.kring.learning.ActivityPlayService;
import nl.kring.learning.ActivityReviewService;
import nl.kring.learning.Observation;
import nl.kring.learning.ObservationService;
import nl.kring.plugin.DiagramRunner;

/**
 * A practice activity from an activity plugin, shown with Kring's own components. When the plugin fails, this page
 * says so for this activity only; the rest of Kring is unaffected.
 */
@Route(value = "course/:courseId/activity/:activityId", layout = MainLayout.class)
@RolesAllowed({Roles.LEARNER, Roles.TRAINER, Roles.TEAM_LEAD, Roles.ADMIN})
public class ActivityPageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CatalogService catalog;
    private final transient ActivityPlayService plays;
    private final transient ActivityReviewService reviews;
    private final transient ObservationService observations;
    private final transient DiagramRunner diagrams;
    private String language = "nl";
    private final transient MarkdownRenderer markdown;
    private final Map<String, Supplier<String>> answers = new HashMap<>();
    private final Div result = new Div();
    private String title = "";

    public ActivityPageView(CatalogService catalog, ActivityPlayService plays, ActivityReviewService reviews,
                            ObservationService observations, DiagramRunner diagrams, MarkdownRenderer markdown) {
        this.observations = observations;
        this.diagrams = diagrams;
        this.catalog = catalog;
        this.plays = plays;
        this.reviews = reviews;
        this.markdown = markdown;
        addClassName("kring-page");
        addClassName("kring-lesson-page");
        result.setId("activity-result");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get("courseId").orElse("");
        String activityId = event.getRouteParameters().get("activityId").orElse("");
        removeAll();
        answers.clear();
        result.removeAll();
        Optional<ActivityPage> page = catalog.activity(courseId, activityId, getLocale());
        if (page.isEmpty()) {
            title = getTranslation("activity.not-found");
            add(NotFound.activity(this));
            return;
        }
        show(page.get());
    }

    private void show(ActivityPage page) {
        title = page.title();
        language = page.language();
        Div crumbs = new Div(new Anchor("course/" + page.courseId(), page.courseTitle()), new Span(" / "), new Span(page.title()));
        crumbs.addClassName("kring-crumbs");
        H1 heading = new H1(page.title());
        heading.setId("activity-title");
        add(crumbs, heading);
        if (page.stepwise()) {
            add(new ConversationPanel(plays, reviews, diagrams, page.language(), plays.current(page.courseId(), page.activityId(), getLocale()), page.courseId(),
                    page.activityId(), this::html));
            List<Observation> observed = observations.mine(page.courseId(), page.activityId());
            if (!observed.isEmpty()) {
                Div box = new Div(new H3(getTranslation("observations.title")));
                box.setId("activity-observations");
                DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                        .withZone(ZoneId.systemDefault());
                observed.forEach(o -> box.add(new Paragraph(getTranslation("observations.item", date.format(o.at()), o.observer(),
                        Math.round(o.score() * 100))), html(o.feedbackMarkdown())));
                add(box);
            }
            return;
        }
        page.view().ifPresentOrElse(view -> add(body(page, view)), () -> add(unavailable(page, "activity.unavailable.text")));
    }

    private Div body(ActivityPage page, ActivityView view) {
        Div body = new Div();
        body.addClassName("kring-lesson-body");
        body.setId("activity-body");
        body.setWidthFull();
        if (view.introMarkdown() != null && !view.introMarkdown().isBlank()) {
            body.add(html(view.introMarkdown()));
        }
        view.blocks().forEach(block -> body.add(block(block)));
        Button submit = new Button(getTranslation("activity.submit"), e -> submit(page));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("activity-submit");
        body.add(submit, result);
        return body;
    }

    private Component block(ActivityBlock block) {
        if (block instanceof ActivityBlock.Text text) {
            return html(text.markdown());
        }
        if (block instanceof ActivityBlock.Picture picture) {
            return new DiagramPicture(diagrams, picture.diagramLanguage(), picture.source(), language, this::html);
        }
        if (block instanceof ActivityBlock.Choice choice && choice.multiple()) {
            CheckboxGroup<ActivityBlock.Option> group = new CheckboxGroup<>(choice.prompt());
            group.setItems(choice.options());
            group.setItemLabelGenerator(ActivityBlock.Option::label);
            group.setId("answer-" + choice.id());
            answers.put(choice.id(), () -> String.join(",", group.getValue().stream().map(ActivityBlock.Option::id).sorted().toList()));
            return group;
        }
        if (block instanceof ActivityBlock.Choice choice) {
            RadioButtonGroup<ActivityBlock.Option> group = new RadioButtonGroup<>(choice.prompt());
            group.setItems(choice.options());
            group.setItemLabelGenerator(ActivityBlock.Option::label);
            group.setId("answer-" + choice.id());
            answers.put(choice.id(), () -> group.getValue() == null ? "" : group.getValue().id());
            return group;
        }
        if (!(block instanceof ActivityBlock.FreeText free)) {
            Paragraph unknown = new Paragraph(getTranslation("activity.block-unknown"));
            unknown.addClassName("kring-muted");
            return unknown;
        }
        TextArea area = new TextArea(free.prompt());
        area.setWidthFull();
        area.setMinHeight("6em");
        area.setId("answer-" + free.id());
        answers.put(free.id(), area::getValue);
        return area;
    }

    private void submit(ActivityPage page) {
        Map<String, String> given = new HashMap<>();
        answers.forEach((id, value) -> given.put(id, value.get()));
        result.removeAll();
        Optional<ActivityResult> scored = catalog.submitActivity(page.courseId(), page.activityId(), given, getLocale());
        scored.ifPresentOrElse(r -> {
            result.add(new H3(getTranslation("activity.result", Math.round(r.score() * 100))), html(r.feedbackMarkdown()));
            result.addClassName("kring-note");
        }, () -> result.add(unavailable(page, "activity.score-failed")));
        result.scrollIntoView();
    }

    private Div unavailable(ActivityPage page, String textKey) {
        Div box = new Div(new H3(getTranslation("activity.unavailable.title")), new Paragraph(getTranslation(textKey)),
                new Anchor("course/" + page.courseId(), getTranslation("activity.back-to-course")));
        box.addClassName("kring-report-error");
        box.setId("activity-unavailable");
        return box;
    }

    private Html html(String text) {
        return new Html("<div class=\"kring-markdown\">" + markdown.render(text == null ? "" : text, LinkResolver.AS_WRITTEN) + "</div>");
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
