package nl.kring.learning.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import nl.kring.api.activity.ActivityBlock;
import nl.kring.api.activity.ActivityStep;
import nl.kring.base.ui.Badges;
import nl.kring.learning.ActivityPlay;
import nl.kring.learning.ActivityPlayService;
import nl.kring.learning.ActivityReviewService;
import nl.kring.learning.ReviewedResponse;
import nl.kring.plugin.DiagramRunner;

/**
 * A stepwise activity (a role-play) as a conversation: the lines so far, then what the learner can say now (choose a
 * response, or type one and code it). Every move is saved by the service before the next line shows.
 */
final class ConversationPanel extends Div {

    private final transient ActivityPlayService plays;
    private final transient ActivityReviewService reviews;
    private final transient DiagramRunner diagrams;
    private final String language;
    private final transient Function<String, Html> markdown;
    private final String courseId;
    private final String activityId;
    private final Div transcript = new Div();
    private final Div prompt = new Div();
    private final Map<String, String> input = new HashMap<>();
    private ActivityPlay play;

    ConversationPanel(ActivityPlayService plays, ActivityReviewService reviews, DiagramRunner diagrams, String language,
                      ActivityPlay play, String courseId, String activityId, Function<String, Html> markdown) {
        this.plays = plays;
        this.reviews = reviews;
        this.diagrams = diagrams;
        this.language = language;
        this.markdown = markdown;
        this.courseId = courseId;
        this.activityId = activityId;
        addClassName("kring-conversation");
        setId("conversation");
        transcript.addClassName("kring-transcript");
        transcript.setId("conversation-transcript");
        transcript.getElement().setAttribute("role", "log");
        transcript.getElement().setAttribute("aria-live", "polite");
        prompt.addClassName("kring-conversation-prompt");
        prompt.setId("conversation-prompt");
        add(transcript, prompt);
        show(play);
    }

    private void show(ActivityPlay current) {
        this.play = current;
        transcript.removeAll();
        prompt.removeAll();
        input.clear();
        ActivityStep step = current.step().orElse(null);
        if (step == null) {
            prompt.add(new Paragraph(getTranslation("activity.unavailable.text")));
            return;
        }
        step.transcript().forEach(block -> transcript.add(line(block)));
        if (step.finished()) {
            showResult(step);
            return;
        }
        step.prompt().forEach(block -> prompt.add(promptBlock(block)));
    }

    private Div line(ActivityBlock block) {
        Div line = new Div();
        if (block instanceof ActivityBlock.Line spoken) {
            line.addClassName("kring-line");
            line.addClassName(spoken.isLearner() ? "kring-line-learner" : spoken.isNote() ? "kring-line-note" : "kring-line-persona");
            if (!spoken.speaker().isBlank()) {
                Span speaker = new Span(spoken.speaker());
                speaker.addClassName("kring-line-speaker");
                line.add(speaker);
            } else if (spoken.isLearner()) {
                Span you = new Span(getTranslation("conversation.you"));
                you.addClassName("kring-line-speaker");
                line.add(you);
            }
            line.add(markdown.apply(spoken.markdown()));
            if (!spoken.tags().isEmpty()) {
                Div tags = new Div();
                tags.addClassName("kring-line-tags");
                spoken.tags().forEach(tag -> tags.add(Badges.status(tag, "contrast")));
                line.add(tags);
            }
        } else if (block instanceof ActivityBlock.Text text) {
            line.addClassName("kring-line-note");
            line.add(markdown.apply(text.markdown()));
        } else if (block instanceof ActivityBlock.Picture picture) {
            line.add(new DiagramPicture(diagrams, picture.diagramLanguage(), picture.source(), language, markdown));
        }
        return line;
    }

    private Div promptBlock(ActivityBlock block) {
        Div box = new Div();
        if (block instanceof ActivityBlock.Choice choice) {
            RadioButtonGroup<ActivityBlock.Option> options = new RadioButtonGroup<>(choice.prompt());
            options.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            options.setItems(choice.options());
            options.setItemLabelGenerator(ActivityBlock.Option::label);
            options.setId("conversation-choice");
            Button say = new Button(getTranslation("conversation.say"), e -> {
                if (options.getValue() == null) {
                    Notification.show(getTranslation("conversation.choose-first"), 4000, Notification.Position.MIDDLE);
                    return;
                }
                move(Map.of(choice.id(), options.getValue().id()));
            });
            say.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            say.setId("conversation-say");
            box.add(options, say);
        } else if (block instanceof ActivityBlock.CodedText coded) {
            box.add(typed(coded));
        } else if (block instanceof ActivityBlock.Text text) {
            box.add(markdown.apply(text.markdown()));
        } else if (block instanceof ActivityBlock.DiagramEditor editor) {
            ActivityBlock.DiagramEditor resumed = play.draft().isEmpty() ? editor
                    : new ActivityBlock.DiagramEditor(editor.id(), editor.diagramLanguage(), editor.prompt(), play.draft());
            long attempt = play.attemptId();
            box.add(new DiagramEditorField(diagrams, resumed, language, markdown, value -> move(Map.of(editor.id(), value)),
                    draft -> plays.keepDraft(attempt, draft)));
        }
        return box;
    }

    /** Type an own response and code it; the expert examples follow in the transcript. */
    private Details typed(ActivityBlock.CodedText coded) {
        TextArea text = new TextArea(coded.prompt());
        text.setWidthFull();
        text.setMinHeight("5em");
        text.setId("conversation-typed");
        Select<ActivityBlock.Option> code = new Select<>();
        code.setLabel(coded.codePrompt());
        code.setItems(coded.codes());
        code.setItemLabelGenerator(o -> o == null ? "" : o.label());
        code.setId("conversation-code");
        code.setWidth("min(100%, 24rem)");
        Button send = new Button(getTranslation("conversation.send"), e -> {
            if (text.getValue().isBlank() || code.getValue() == null) {
                Notification.show(getTranslation("conversation.type-and-code"), 4000, Notification.Position.MIDDLE);
                return;
            }
            move(Map.of(coded.id(), text.getValue().strip(), coded.id() + ".code", code.getValue().id()));
        });
        send.setId("conversation-send");
        Details details = new Details(getTranslation("conversation.own-words"), new Div(text), new Div(code), send);
        details.addClassName("kring-conversation-typed");
        return details;
    }

    private void move(Map<String, String> given) {
        try {
            ActivityPlay next = plays.move(play.attemptId(), given, getLocale());
            if (next.step().equals(play.step())) {
                Notification.show(getTranslation("conversation.not-taken"), 5000, Notification.Position.MIDDLE);
            }
            show(next);
        } catch (IllegalStateException finishedElsewhere) {
            show(plays.current(courseId, activityId, getLocale()));
        }
    }

    /** The learner's own responses with the trainer's code and comment, and how often the codes agreed. */
    private Div reviewed() {
        Div box = new Div();
        box.setId("conversation-reviews");
        List<ReviewedResponse> responses = reviews.mine(play.attemptId());
        long reviewed = responses.stream().filter(r -> r.trainerCode().isPresent()).count();
        if (reviewed == 0) {
            box.add(new Paragraph(getTranslation("conversation.for-review", responses.size())));
            return box;
        }
        long agreed = responses.stream().filter(ReviewedResponse::agreed).count();
        box.add(new H3(getTranslation("conversation.reviewed", agreed, reviewed)));
        for (ReviewedResponse response : responses) {
            Div item = new Div(markdown.apply("> " + response.response().replace("\n", "\n> ")));
            item.add(new Paragraph(getTranslation("conversation.codes", response.selfCode().label(),
                    response.trainerCode().map(ActivityBlock.Option::label).orElse(getTranslation("conversation.not-reviewed")))));
            if (!response.comment().isBlank()) {
                item.add(new Paragraph(getTranslation("conversation.comment", response.comment())));
            }
            box.add(item);
        }
        return box;
    }

    private void showResult(ActivityStep step) {
        Div result = new Div();
        result.addClassName("kring-note");
        result.setId("activity-result");
        step.result().ifPresent(r -> result.add(new H3(getTranslation("activity.result", Math.round(r.score() * 100))),
                markdown.apply(r.feedbackMarkdown())));
        if (!step.forReview().isEmpty()) {
            result.add(reviewed());
        }
        Button again = new Button(getTranslation("conversation.again"), e -> show(plays.again(courseId, activityId, getLocale())));
        again.setId("conversation-again");
        prompt.add(result, again);
        result.getElement().setAttribute("tabindex", "-1");
        result.getElement().callJsFunction("focus");
    }
}
