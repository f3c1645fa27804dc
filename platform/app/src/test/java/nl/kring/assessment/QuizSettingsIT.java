package nl.kring.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.kring.plugin.PluginLifecycle;
import nl.kring.support.MutableClock;
import nl.kring.support.TestPlugins;
import nl.kring.support.TestQuiz;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Pools, shuffled order, time limits and immediate feedback against a real database, with a clock the test moves. */
@SpringBootTest
@ActiveProfiles("demo")
class QuizSettingsIT {

    private static final Path PLUGINS = TestPlugins.freshPluginsDir(false);
    private static final String COURSE = "naasten-betrekken";
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private static boolean installed;

    @TestConfiguration
    static class Clocks {
        @Bean
        MutableClock clock() {
            return CLOCK;
        }
    }

    @Autowired
    QuizService quizzes;

    @Autowired
    PluginLifecycle lifecycle;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestPlugins.isolate(registry, PLUGINS);
    }

    @BeforeEach
    void installTheCourseWithTheTestQuizzes() {
        if (installed) {
            return;
        }
        TestQuiz.installAsTrainer(lifecycle);
        installed = true;
    }

    @Test
    @WithUserDetails("daan")
    void anAttemptDrawsFromThePoolAndKeepsItsQuestionsAndOrderWhenResumed() {
        QuizSession first = quizzes.startOrResume(COURSE, TestQuiz.POOL_ID, Locale.ENGLISH);
        List<String> asked = first.questions().stream().map(q -> q.leaf().id()).toList();

        assertThat(asked).hasSize(3).contains("vast");
        assertThat(asked.stream().filter(id -> id.startsWith("p"))).hasSize(2);
        assertThat(quizzes.startOrResume(COURSE, TestQuiz.POOL_ID, Locale.ENGLISH).questions())
                .extracting(q -> q.leaf().id()).as("a reload asks the same questions in the same order").isEqualTo(asked);
        String notAsked = List.of("p1", "p2", "p3").stream().filter(id -> !asked.contains(id)).findFirst().orElseThrow();
        assertThatThrownBy(() -> quizzes.saveAnswer(first.attemptId(), notAsked, List.of("true")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not part of this attempt");

        asked.forEach(id -> quizzes.saveAnswer(first.attemptId(), id, List.of(id.equals("p3") ? "false" : "true")));
        QuizResult result = quizzes.submit(first.attemptId(), Locale.ENGLISH);

        assertThat(result.score()).as("graded over the questions asked, not the whole pool").isEqualTo(1.0);
        assertThat(result.questions()).extracting(q -> q.leaf().id()).isEqualTo(asked);
    }

    @Test
    @WithUserDetails("noor")
    void attemptsDrawDifferentQuestionsAndOrders() {
        Set<List<String>> seen = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            QuizSession session = quizzes.startOrResume(COURSE, TestQuiz.POOL_ID, Locale.ENGLISH);
            seen.add(session.questions().stream().map(q -> q.leaf().id()).toList());
            quizzes.submit(session.attemptId(), Locale.ENGLISH);
        }
        assertThat(seen).as("18 possible draws and orders; 12 attempts all alike would mean no drawing").hasSizeGreaterThan(1);
    }

    @Test
    @WithUserDetails("lead")
    void theServerKeepsTheTimeLimit() {
        QuizSession session = quizzes.startOrResume(COURSE, TestQuiz.POOL_ID, Locale.ENGLISH);
        assertThat(session.deadline()).contains(CLOCK.instant().plus(Duration.ofMinutes(10)));
        quizzes.saveAnswer(session.attemptId(), "vast", List.of("true"));

        CLOCK.advance(Duration.ofMinutes(10).plusSeconds(5));
        String other = session.questions().get(session.questions().size() - 1).leaf().id();
        other = other.equals("vast") ? session.questions().get(0).leaf().id() : other;
        quizzes.saveAnswer(session.attemptId(), other, List.of("true"));
        String late = other;

        CLOCK.advance(Duration.ofSeconds(10));
        assertThatThrownBy(() -> quizzes.saveAnswer(session.attemptId(), late, List.of("false")))
                .isInstanceOf(QuizService.TimeUpException.class);
        QuizResult closed = quizzes.closeIfTimeIsUp(COURSE, TestQuiz.POOL_ID, Locale.ENGLISH).orElseThrow();

        assertThat(closed.timeUp()).isTrue();
        assertThat(closed.questions()).filteredOn(q -> q.leaf().id().equals(late)).singleElement()
                .satisfies(q -> assertThat(q.answer()).as("the answer within the grace period counts").containsExactly("true"));
        assertThat(quizzes.closeIfTimeIsUp(COURSE, TestQuiz.POOL_ID, Locale.ENGLISH)).as("graded once").isEmpty();
        assertThat(quizzes.hasOpenAttempt(COURSE, TestQuiz.POOL_ID)).isFalse();
    }

    @Test
    @WithUserDetails("learner")
    void immediateFeedbackGradesACheckedAnswerAndMakesItFinal() {
        QuizSession session = quizzes.startOrResume(COURSE, TestQuiz.DIRECT_ID, Locale.ENGLISH);

        QuizQuestion checked = quizzes.check(session.attemptId(), "volgorde", List.of("analyse", "veilig", "uitnodigen"),
                Locale.ENGLISH);

        assertThat(checked.score()).isEqualTo(0.5);
        assertThat(checked.feedback().orElseThrow().rightResponse()).containsExactly("veilig", "analyse", "uitnodigen");
        assertThatThrownBy(() -> quizzes.saveAnswer(session.attemptId(), "volgorde", List.of("veilig", "analyse", "uitnodigen")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("final");
        QuizSession resumed = quizzes.startOrResume(COURSE, TestQuiz.DIRECT_ID, Locale.ENGLISH);
        assertThat(resumed.questions().get(0).isChecked()).isTrue();
        assertThat(resumed.questions().get(0).feedback()).as("the feedback stays after a reload").isPresent();
        assertThat(resumed.questions().get(1).feedback()).isEmpty();

        quizzes.saveAnswer(session.attemptId(), "koppel", List.of("a=a", "b=b"));
        QuizResult result = quizzes.submit(session.attemptId(), Locale.ENGLISH);
        assertThat(result.score()).isEqualTo(0.75);
    }

    @Test
    @WithUserDetails("admin")
    void checkingIsOnlyForQuizzesWithImmediateFeedback() {
        QuizSession session = quizzes.startOrResume(COURSE, TestQuiz.ID, Locale.ENGLISH);
        assertThatThrownBy(() -> quizzes.check(session.attemptId(), "steun", List.of("a"), Locale.ENGLISH))
                .isInstanceOf(IllegalStateException.class);
    }
}
