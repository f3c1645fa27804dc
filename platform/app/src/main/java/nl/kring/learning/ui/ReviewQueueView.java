package nl.kring.learning.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kring.api.activity.ActivityBlock;
import nl.kring.base.Roles;
import nl.kring.base.ui.MainLayout;
import nl.kring.content.LinkResolver;
import nl.kring.content.MarkdownRenderer;
import nl.kring.learning.ActivityReviewService;
import nl.kring.learning.ReviewTask;

/**
 * The trainer's review queue: learners' own responses in role-plays, oldest first. The trainer codes each one from
 * the same list the learner used and adds a comment; the learner reads it on the activity page.
 */
@Route(value = "review", layout = MainLayout.class)
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class ReviewQueueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ActivityReviewService reviews;
    private final transient MarkdownRenderer markdown;

    public ReviewQueueView(ActivityReviewService reviews, MarkdownRenderer markdown) {
        this.reviews = reviews;
        this.markdown = markdown;
        addClassName("kring-page");
        addClassName("kring-lesson-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        H1 heading = new H1(getPageTitle());
        heading.setId("review-title");
        Anchor observe = new Anchor("review/observe", getTranslation("observe.link"));
        observe.setId("review-observe");
        Anchor assess = new Anchor("review/assess", getTranslation("assess.link"));
        assess.setId("review-assess");
        add(heading, new Paragraph(getTranslation("review.intro")), new Div(observe), new Div(assess));
        List<ReviewTask> tasks = reviews.open(getLocale());
        if (tasks.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("review.none"));
            none.setId("review-none");
            add(none);
            return;
        }
        tasks.forEach(task -> add(card(task)));
    }

    private Div card(ReviewTask task) {
        Div card = new Div();
        card.addClassName("kring-review-card");
        card.setId("review-" + task.reviewId());
        String when = task.finishedAt() == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault()).format(task.finishedAt());
        card.add(new H3(task.learner() + " · " + task.activityTitle()));
        Span date = new Span(when);
        date.addClassName("kring-muted");
        card.add(date, html(task.context()));
        Div response = new Div(html(task.response()));
        response.addClassName("kring-line");
        response.addClassName("kring-line-learner");
        card.add(response, new Paragraph(getTranslation("review.self-code", task.selfCode().label())));
        Select<ActivityBlock.Option> code = new Select<>();
        code.setLabel(getTranslation("review.your-code"));
        code.setItems(task.codes());
        code.setItemLabelGenerator(o -> o == null ? "" : o.label());
        code.setWidth("min(100%, 24rem)");
        TextArea comment = new TextArea(getTranslation("review.comment"));
        comment.setWidthFull();
        comment.setMaxLength(4000);
        Button save = new Button(getTranslation("review.save"), e -> {
            if (code.getValue() == null) {
                code.setInvalid(true);
                code.setErrorMessage(getTranslation("review.code-first"));
                return;
            }
            reviews.review(task.reviewId(), code.getValue().id(), comment.getValue());
            card.removeAll();
            Paragraph done = new Paragraph(getTranslation("review.saved", task.learner()));
            done.addClassName("kring-note");
            card.add(done);
            Notification.show(getTranslation("review.saved", task.learner()), 3000, Notification.Position.BOTTOM_START);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("kring-review-save");
        card.add(code, comment, save);
        return card;
    }

    private Html html(String text) {
        return new Html("<div class=\"kring-markdown\">" + markdown.render(text == null ? "" : text, LinkResolver.AS_WRITTEN)
                + "</div>");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title");
    }
}
