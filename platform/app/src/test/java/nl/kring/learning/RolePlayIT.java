package nl.kring.learning;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import nl.kring.api.activity.ActivityBlock;
import nl.kring.support.KaribuSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The bundled MI role-play, played in the UI with the real role-play plugin: two paths to two different endings, a
 * "reload" half-way that resumes, a typed response coded by the learner that a trainer reviews, and an observed
 * role-play the trainer records.
 */
@RecordApplicationEvents
class RolePlayIT extends KaribuSpringTest {

    private static final String COURSE = "naasten-betrekken";
    private static final String ACTIVITY = "gesprek-mi-twijfel";
    private static final String PAGE = "course/" + COURSE + "/activity/" + ACTIVITY;

    @Autowired
    ActivityPlayService plays;

    @Autowired
    ActivityReviewService reviews;

    @Autowired
    ObservationService observations;

    @Autowired
    ApplicationEvents events;

    private static String transcript() {
        return text("conversation-transcript");
    }

    /** The text of a part of the page, including its rendered Markdown. */
    private static String text(String id) {
        Div div = _get(Div.class, spec -> spec.withId(id));
        StringBuilder text = new StringBuilder(div.getElement().getTextRecursively());
        _find(div, Html.class).forEach(html -> text.append(' ').append(html.getInnerHtml()));
        return text.toString();
    }

    /** Chooses the first (or last) response and says it; returns whether the conversation went on. */
    @SuppressWarnings("unchecked")
    private static boolean say(boolean first) {
        List<RadioButtonGroup> choices = _find(RadioButtonGroup.class, spec -> spec.withId("conversation-choice"));
        if (choices.isEmpty()) {
            return false;
        }
        RadioButtonGroup<ActivityBlock.Option> choice = choices.get(0);
        List<ActivityBlock.Option> options = choice.getListDataView().getItems().toList();
        choice.setValue(first ? options.get(0) : options.get(options.size() - 1));
        _click(_get(Button.class, spec -> spec.withId("conversation-say")));
        return true;
    }

    private static String playToTheEnd(boolean first) {
        int moves = 0;
        while (say(first)) {
            assertThat(++moves).as("the conversation ends").isLessThan(30);
        }
        return text("activity-result");
    }

    @Test
    void twoPathsEndDifferentlyAndAReloadResumesWhereTheLearnerWas() {
        signIn("daan", Locale.ENGLISH);
        UI.getCurrent().navigate(PAGE);
        assertThat(transcript()).contains("Kees");

        say(true);
        say(true);
        String halfway = transcript();
        UI.getCurrent().navigate("my-learning");
        UI.getCurrent().navigate(PAGE);

        assertThat(transcript()).as("resumed after leaving").isEqualTo(halfway);
        String firstEnding = playToTheEnd(true);
        assertThat(firstEnding).contains("R:Q").contains("%");

        _click(_get(Button.class, spec -> spec.withId("conversation-again")));
        String secondEnding = playToTheEnd(false);

        assertThat(secondEnding).isNotEqualTo(firstEnding);
        assertThat(events.stream(ActivityCompleted.class).filter(e -> e.activityId().equals(ACTIVITY))).hasSize(2)
                .allSatisfy(e -> assertThat(e.competences()).containsEntry("motivational-interviewing", 3))
                .extracting(ActivityCompleted::score).doesNotHaveDuplicates();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTypedResponseIsCodedByTheLearnerReviewedByATrainerAndTheAgreementShown() {
        signIn("noor", Locale.forLanguageTag("nl"));
        UI.getCurrent().navigate(PAGE);
        _get(Details.class).setOpened(true);
        _get(TextArea.class, spec -> spec.withId("conversation-typed")).setValue("Je twijfelt: het glas hoort bij je avond, en toch zit er iets je dwars.");
        Select<ActivityBlock.Option> code = _get(Select.class, spec -> spec.withId("conversation-code"));
        code.setValue(code.getListDataView().getItems().filter(o -> o.id().equals("complex-reflection")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("conversation-send")));

        assertThat(transcript()).contains("Je twijfelt: het glas hoort bij je avond");
        playToTheEnd(true);
        assertThat(text("conversation-reviews"))
                .contains("gaan naar een trainer");

        signIn("trainer", Locale.forLanguageTag("nl"));
        ReviewTask task = reviews.open(Locale.forLanguageTag("nl")).stream()
                .filter(t -> t.response().startsWith("Je twijfelt")).findFirst().orElseThrow();
        assertThat(task.learner()).isEqualTo("Noor Bakker");
        assertThat(task.selfCode().id()).isEqualTo("complex-reflection");
        assertThatThrownBy(() -> reviews.review(task.reviewId(), "no-such-code", "")).isInstanceOf(IllegalArgumentException.class);
        reviews.review(task.reviewId(), "complex-reflection", "Mooi: je benoemt beide kanten.");
        assertThat(reviews.open(Locale.forLanguageTag("nl"))).noneMatch(t -> t.reviewId() == task.reviewId());

        signIn("noor", Locale.forLanguageTag("nl"));
        UI.getCurrent().navigate(PAGE);
        assertThat(text("conversation-reviews"))
                .contains("jouw code kwam 1 van de 1 keer overeen", "Mooi: je benoemt beide kanten.");
    }

    @Test
    void aTrainerRecordsAnObservedRolePlayThatTheLearnerReads() {
        signIn("trainer", Locale.ENGLISH);
        assertThat(observations.observable(Locale.ENGLISH)).extracting(ObservationService.Observable::activityId)
                .contains(ACTIVITY, "gesprek-craft-communicatie", "gesprek-familie");
        Map<String, String> coded = new HashMap<>(Map.of("count-question", "6", "count-simple-reflection", "6",
                "count-complex-reflection", "6", "global-cultivating-change-talk", "4", "global-softening-sustain-talk", "4",
                "global-partnership", "4", "global-empathy", "5", "comment", "Sterk gesprek."));
        assertThatThrownBy(() -> observations.record("learner", COURSE, ACTIVITY, Map.of("count-question", "3"), Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Fill in");

        Observation saved = observations.record("learner", COURSE, ACTIVITY, coded, Locale.ENGLISH);

        assertThat(saved.score()).isEqualTo(1.0);
        assertThat(events.stream(ObservationRecorded.class)).singleElement()
                .satisfies(e -> assertThat(e.competences()).containsEntry("motivational-interviewing", 3));
        signIn("learner", Locale.ENGLISH);
        UI.getCurrent().navigate(PAGE);
        assertThat(text("activity-observations"))
                .contains("Tom Peeters", "100%", "Sterk gesprek.");
        assertThatThrownBy(() -> observations.record("daan", COURSE, ACTIVITY, coded, Locale.ENGLISH))
                .as("learners cannot record observations").isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        NotificationsKt.clearNotifications();
    }
}
