package nl.kring.competence;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import nl.kring.account.CurrentUser;
import nl.kring.assessment.QuizAttemptGraded;
import nl.kring.catalog.CompetencePractice;
import nl.kring.learning.ActivityPlay;
import nl.kring.learning.ActivityPlayService;
import nl.kring.support.KaribuSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Evidence from real work becomes levels in "My competences", with what to do next. */
class CompetenceProfileIT extends KaribuSpringTest {

    @Autowired
    CompetenceProfileService profile;

    @Autowired
    ActivityPlayService plays;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PracticeAssessmentService assessments;

    @BeforeEach
    void aLearnerWithoutEvidence() {
        jdbc.update("delete from competence_evidence");
        jdbc.update("delete from activity_attempt where activity_id = 'genogram-bouwen'");
        signIn("learner", Locale.ENGLISH);
    }

    @Test
    void aCheckedGenogramIsEvidenceAndRaisesTheGenogramCompetenceToKnowsHow() {
        ActivityPlay play = plays.current("naasten-betrekken", "genogram-bouwen", Locale.ENGLISH);
        plays.move(play.attemptId(), Map.of("genogram", """
                person joost male "Joost" index substance
                person anouk female "Anouk"
                person ties male "Ties"
                couple joost anouk married
                children joost anouk: ties
                household joost anouk ties
                """), Locale.ENGLISH);

        CompetenceStanding genogram = standing("genogram");
        assertThat(genogram.level()).isEqualTo(2);
        assertThat(genogram.reached()).hasValueSatisfying(l -> assertThat(l.title()).isEqualTo("Knows how"));
        assertThat(genogram.evidence()).singleElement().satisfies(line -> {
            assertThat(line.title()).isEqualTo("Drawing a genogram: Joost and Anouk");
            assertThat(line.path()).isEqualTo("course/naasten-betrekken/activity/genogram-bouwen");
            assertThat(line.item().fact().source()).isEqualTo(EvidenceSource.ACTIVITY);
            assertThat(line.item().fact().score()).isEqualTo(1.0);
            assertThat(line.counted()).isTrue();
        });
        assertThat(genogram.next()).hasValueSatisfying(next -> {
            assertThat(next.level().title()).isEqualTo("Shows how");
            assertThat(next.rules()).extracting(LevelRules.Rule::source)
                    .containsExactly(EvidenceSource.ACTIVITY, EvidenceSource.OBSERVATION, EvidenceSource.ASSESSMENT);
        });
        assertThat(standing("craft").level()).isZero();
    }

    @Test
    void aQuizGivesEvidencePerCompetenceAndLevelAndAFailedQuizDoesNotShowKnowingHow() {
        long me = currentUser.require().id();
        publish(new QuizAttemptGraded(me, "naasten-betrekken", "toets-basis", "1.0.0", 9001, 0.5, false, List.of(
                new QuizAttemptGraded.ItemScore("a", 1.0, Map.of("network-involvement", 1)),
                new QuizAttemptGraded.ItemScore("b", 0.5, Map.of("network-involvement", 1, "family-wellbeing", 2)),
                new QuizAttemptGraded.ItemScore("c", 0.0, Map.of("family-wellbeing", 1))), Instant.parse("2026-11-01T10:00:00Z")));
        publish(new QuizAttemptGraded(me, "naasten-betrekken", "toets-basis", "1.0.0", 9001, 0.5, false, List.of(),
                Instant.parse("2026-11-01T10:00:00Z")));

        CompetenceStanding involvement = standing("network-involvement");
        assertThat(involvement.level()).as("mean 0.75 on its knowledge questions").isEqualTo(1);
        assertThat(involvement.evidence()).singleElement().satisfies(line -> {
            assertThat(line.title()).isEqualTo("Quiz: involving significant others");
            assertThat(line.item().fact().score()).isEqualTo(0.75);
            assertThat(line.item().fact().passed()).isFalse();
        });
        assertThat(involvement.next()).hasValueSatisfying(next -> assertThat(next.practice())
                .extracting(CompetencePractice::id).contains("toets-basis"));
        CompetenceStanding wellbeing = standing("family-wellbeing");
        assertThat(wellbeing.evidence()).hasSize(2);
        assertThat(wellbeing.level()).as("0.5 at level 2, 0 at level 1: neither reaches 0.6").isZero();
    }

    @Test
    void theViewShowsEveryCompetenceAsABarWithItsLevel() {
        long me = currentUser.require().id();
        publish(new QuizAttemptGraded(me, "naasten-betrekken", "toets-basis", "1.0.0", 9002, 0.9, true, List.of(
                new QuizAttemptGraded.ItemScore("a", 1.0, Map.of("social-support", 2))), Instant.now()));

        UI.getCurrent().navigate("my-competences");

        Div chart = _get(Div.class, spec -> spec.withId("competence-chart"));
        assertThat(chart.getChildren().count()).isEqualTo(8);
        Details support = _get(Details.class, spec -> spec.withId("competence-social-support"));
        String bar = support.getSummary().getElement().getChild(1).getAttribute("aria-label");
        assertThat(bar).isEqualTo("Level 2 of 4: Knows how");
        assertThat(support.getElement().getTextRecursively()).contains("Next: Shows how", "Quiz: involving significant others",
                "counts for the level");
    }

    @Test
    void aTrainerAssessesWorkInPracticeAndTheLearnerSeesItAsEvidence() {
        long learner = currentUser.require().id();
        assertThatThrownBy(() -> assessments.record(learner, "craft", 4, "I assess myself"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        signIn("trainer", Locale.ENGLISH);
        UI.getCurrent().navigate("review/assess");
        _click(_get(Button.class, spec -> spec.withId("assessment-save")));
        assertThat(_get(Div.class, spec -> spec.withId("assessment-result")).getElement().getTextRecursively())
                .contains("Choose the learner");
        choose(_get(ComboBox.class, spec -> spec.withId("assessment-learner")), "Sanne de Vries");
        choose(_get(ComboBox.class, spec -> spec.withId("assessment-competence")), "CRAFT");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> level = _get(RadioButtonGroup.class, spec -> spec.withId("assessment-level"));
        level.setValue(level.getListDataView().getItems().filter(l -> level.getItemLabelGenerator().apply(l).startsWith("Does"))
                .findFirst().orElseThrow());
        _get(TextArea.class, spec -> spec.withId("assessment-note")).setValue("Coached a mother through a CRAFT session.");
        _click(_get(Button.class, spec -> spec.withId("assessment-save")));
        assertThat(_get(Div.class, spec -> spec.withId("assessment-result")).getElement().getTextRecursively())
                .contains("Saved for", "CRAFT", "Does");

        signIn("learner", Locale.ENGLISH);
        CompetenceStanding craft = standing("craft");
        assertThat(craft.level()).as("an assessment of daily work does not skip knowing").isZero();
        assertThat(craft.evidence()).singleElement().satisfies(line -> {
            assertThat(line.item().fact().source()).isEqualTo(EvidenceSource.ASSESSMENT);
            assertThat(line.item().note()).isEqualTo("Coached a mother through a CRAFT session.");
        });
    }

    @SuppressWarnings("unchecked")
    private static void choose(ComboBox<?> combo, String labelStart) {
        ComboBox<Object> box = (ComboBox<Object>) combo;
        box.setValue(box.getListDataView().getItems().filter(i -> box.getItemLabelGenerator().apply(i).startsWith(labelStart))
                .findFirst().orElseThrow(() -> new AssertionError("no " + labelStart)));
    }

    private void publish(Object event) {
        transaction.executeWithoutResult(status -> events.publishEvent(event));
    }

    private CompetenceStanding standing(String id) {
        return profile.mine(Locale.ENGLISH).stream().filter(s -> s.competence().id().equals(id)).findFirst().orElseThrow();
    }
}
