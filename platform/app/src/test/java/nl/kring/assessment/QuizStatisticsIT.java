package nl.kring.assessment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import nl.kring.plugin.PluginLifecycle;
import nl.kring.support.KaribuSpringTest;
import nl.kring.support.TestQuiz;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Five learners take the test quiz (one of them twice); the trainer reads the statistics read from the database:
 * first attempts only or all, facility, response distribution, and the page with the flags and the bars.
 */
class QuizStatisticsIT extends KaribuSpringTest {

    private static final String COURSE = "naasten-betrekken";
    private static boolean taken;

    @Autowired
    QuizService quizzes;

    @Autowired
    QuizStatisticsService statistics;

    @Autowired
    PluginLifecycle lifecycle;

    @BeforeEach
    void fiveLearnersTakeTheQuiz() {
        if (taken) {
            return;
        }
        signIn("trainer", Locale.ENGLISH);
        lifecycle.install(lifecycle.prepare(TestQuiz.courseJar("1.5.0"), "with-quiz.jar"));
        take("daan", Map.of("steun", "a", "procent", "51", "casus/waar", "true"));
        take("noor", Map.of("steun", "a", "procent", "40", "casus/waar", "true"));
        take("learner", Map.of("steun", "b", "procent", "51", "casus/waar", "false"));
        take("lead", Map.of("steun", "b", "casus/waar", "false"));
        take("admin", Map.of("steun", "a", "procent", "51", "casus/waar", "true"));
        take("lead", Map.of("steun", "a", "procent", "51", "casus/waar", "true"));
        taken = true;
    }

    private void take(String user, Map<String, String> answers) {
        signIn(user, Locale.ENGLISH);
        QuizSession session = quizzes.startOrResume(COURSE, TestQuiz.ID, Locale.ENGLISH);
        answers.forEach((item, value) -> quizzes.saveAnswer(session.attemptId(), item, List.of(value)));
        quizzes.submit(session.attemptId(), Locale.ENGLISH);
    }

    @Test
    void theFiguresComeFromEveryLearnersFirstAttemptOrFromAll() {
        signIn("trainer", Locale.ENGLISH);

        QuizReport first = statistics.report(COURSE, TestQuiz.ID, true, Locale.ENGLISH).orElseThrow();
        QuizReport all = statistics.report(COURSE, TestQuiz.ID, false, Locale.ENGLISH).orElseThrow();

        assertThat(first.statistics().attempts()).isEqualTo(5);
        assertThat(all.statistics().attempts()).isEqualTo(6);
        ItemStatistics steun = first.statistics().item("steun").orElseThrow();
        assertThat(steun.facility()).isEqualTo(0.6);
        assertThat(steun.responseCounts()).isEqualTo(Map.of("a", 3, "b", 2));
        assertThat(steun.discriminationIndex()).as("who knows the rest of the quiz chose a").isPositive();
        assertThat(first.statistics().item("procent").orElseThrow().unanswered()).isEqualTo(1);
        // Totals of the first attempts: 3/3, 2/3, 1/3, 0/3, 3/3: mean 9/15.
        assertThat(first.statistics().mean()).isCloseTo(0.6, within(1e-9));
        assertThat(all.statistics().item("steun").orElseThrow().facility()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(first.items()).extracting(item -> item.leaf().id()).containsExactly("steun", "procent", "casus/waar");
        assertThat(first.items().get(0).labels()).containsEntry("a", "Support").containsEntry("b", "Isolation");
        assertThat(first.items().get(0).right()).containsExactly("a");
    }

    @Test
    void learnersCannotReadTheStatistics() {
        signIn("daan", Locale.ENGLISH);
        assertThatThrownBy(() -> statistics.report(COURSE, TestQuiz.ID, true, Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTrainerFindsThePageFromTheCourseAndReadsAnItemsAnswers() {
        signIn("trainer", Locale.ENGLISH);
        UI.getCurrent().navigate("course/" + COURSE);
        Anchor link = _find(Anchor.class, spec -> spec.withText("Statistics")).stream()
                .filter(a -> a.getHref().endsWith("/quiz/" + TestQuiz.ID + "/statistics")).findFirst().orElseThrow();

        UI.getCurrent().navigate(link.getHref());

        assertThat(_get(H1.class, spec -> spec.withId("stats-title")).getText()).isEqualTo("Statistics: Test quiz");
        assertThat(_get(Div.class, spec -> spec.withId("stats-summary")).getElement().getTextRecursively())
                .contains("5Attempts", "60%Mean score");
        assertThat(_get(Paragraph.class, spec -> spec.withId("stats-few")).getText()).contains("Only 5 attempts");
        @SuppressWarnings("unchecked")
        Grid<QuizReport.Item> grid = _get(Grid.class, spec -> spec.withId("stats-items"));
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("60%");

        grid.select(GridKt._get(grid, 0));

        assertThat(_get(Div.class, spec -> spec.withId("stats-distribution")).getElement().getTextRecursively())
                .contains("✓ Support", "3 (60%)", "Isolation", "2 (40%)");
    }
}
