package nl.kring.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.kring.plugin.PluginLifecycle;
import nl.kring.support.TestPlugins;
import nl.kring.support.TestQuiz;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Attempts against a real database: answers saved as given, resume, one grading per attempt, the graded event. */
@SpringBootTest
@ActiveProfiles("demo")
@RecordApplicationEvents
class QuizServiceIT {

    private static final Path PLUGINS = TestPlugins.freshPluginsDir(false);
    private static final String COURSE = "naasten-betrekken";
    private static boolean installed;

    @Autowired
    QuizService quizzes;

    @Autowired
    PluginLifecycle lifecycle;

    @Autowired
    ApplicationEvents events;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestPlugins.isolate(registry, PLUGINS);
    }

    @BeforeEach
    void installTheCourseWithTheTestQuiz() {
        if (installed) {
            return;
        }
        TestQuiz.installAsTrainer(lifecycle);
        installed = true;
    }

    @Test
    @WithUserDetails("daan")
    void everyAnswerIsSavedAndTheAttemptResumes() {
        QuizSession first = quizzes.startOrResume(COURSE, TestQuiz.ID, Locale.ENGLISH);
        quizzes.saveAnswer(first.attemptId(), "steun", List.of("b"));
        quizzes.saveAnswer(first.attemptId(), "steun", List.of("a"));
        quizzes.saveAnswer(first.attemptId(), "casus/waar", List.of("true"));

        QuizSession again = quizzes.startOrResume(COURSE, TestQuiz.ID, Locale.ENGLISH);

        assertThat(again.attemptId()).isEqualTo(first.attemptId());
        assertThat(again.questions()).extracting(q -> q.leaf().id()).containsExactly("steun", "procent", "casus/waar");
        assertThat(again.questions()).extracting(QuizQuestion::answer)
                .containsExactly(List.of("a"), List.of(), List.of("true"));
        assertThat(again.questions()).allSatisfy(q -> assertThat(q.isChecked()).as("no feedback before submitting").isFalse());
    }

    @Test
    @WithUserDetails("noor")
    void submittingGradesEveryItemPublishesOneEventAndRefusesLaterAnswers() {
        QuizSession session = quizzes.startOrResume(COURSE, TestQuiz.ID, Locale.ENGLISH);
        quizzes.saveAnswer(session.attemptId(), "steun", List.of("a"));
        quizzes.saveAnswer(session.attemptId(), "procent", List.of("50,5"));

        QuizResult result = quizzes.submit(session.attemptId(), Locale.ENGLISH);
        QuizResult twice = quizzes.submit(session.attemptId(), Locale.ENGLISH);

        assertThat(result.score()).isEqualTo(2.0 / 3);
        assertThat(result.passed()).isTrue();
        assertThat(result.questions()).extracting(QuizQuestion::score).containsExactly(1.0, 1.0, 0.0);
        assertThat(result.questions().get(0).feedback().orElseThrow().feedback()).containsEntry("a", "Yes: support helps.");
        assertThat(twice.score()).isEqualTo(result.score());
        assertThat(events.stream(QuizAttemptGraded.class)).singleElement().satisfies(graded -> {
            assertThat(graded.courseVersion()).isEqualTo("1.5.0");
            assertThat(graded.items()).extracting(QuizAttemptGraded.ItemScore::itemId).containsExactly("steun", "procent", "casus/waar");
            assertThat(graded.items().get(0).competences()).containsEntry("social-support", 1);
        });
        assertThatThrownBy(() -> quizzes.saveAnswer(session.attemptId(), "steun", List.of("b")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(quizzes.startOrResume(COURSE, TestQuiz.ID, Locale.ENGLISH).attemptNumber()).isEqualTo(2);
    }

    @Test
    @WithUserDetails("lead")
    void twoSimultaneousSubmitsGradeTheAttemptOnce() throws Exception {
        QuizSession session = quizzes.startOrResume(COURSE, TestQuiz.ID, Locale.ENGLISH);
        quizzes.saveAnswer(session.attemptId(), "steun", List.of("b"));
        Authentication learner = SecurityContextHolder.getContext().getAuthentication();
        Callable<QuizResult> submit = () -> {
            SecurityContextHolder.getContext().setAuthentication(learner);
            try {
                return quizzes.submit(session.attemptId(), Locale.ENGLISH);
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
        ExecutorService twoTabs = Executors.newFixedThreadPool(2);
        try {
            Future<QuizResult> first = twoTabs.submit(submit);
            Future<QuizResult> second = twoTabs.submit(submit);

            assertThat(first.get().score()).isEqualTo(second.get().score()).isZero();
        } finally {
            twoTabs.shutdown();
        }
        assertThat(events.stream(QuizAttemptGraded.class).filter(e -> e.attemptId() == session.attemptId())).hasSize(1);
        assertThat(quizzes.results(COURSE, TestQuiz.ID, Locale.ENGLISH)).hasSize(1);
    }

    @Test
    @WithUserDetails("learner")
    void aLimitedQuizKeepsTheKeyBackUntilTheLastAttemptAndThenStops() {
        QuizSession first = quizzes.startOrResume(COURSE, TestQuiz.LIMITED_ID, Locale.ENGLISH);
        quizzes.saveAnswer(first.attemptId(), "waar", List.of("false"));
        QuizResult firstResult = quizzes.submit(first.attemptId(), Locale.ENGLISH);

        assertThat(firstResult.passed()).isFalse();
        assertThat(firstResult.showKey()).isFalse();
        assertThat(firstResult.attemptsLeft()).isEqualTo(1);

        QuizSession second = quizzes.startOrResume(COURSE, TestQuiz.LIMITED_ID, Locale.ENGLISH);
        QuizResult secondResult = quizzes.submit(second.attemptId(), Locale.ENGLISH);

        assertThat(second.attemptNumber()).isEqualTo(2);
        assertThat(secondResult.showKey()).isTrue();
        assertThat(secondResult.canTryAgain()).isFalse();
        assertThatThrownBy(() -> quizzes.startOrResume(COURSE, TestQuiz.LIMITED_ID, Locale.ENGLISH))
                .isInstanceOf(QuizService.NoAttemptsLeftException.class).hasMessage("all 2 attempts are used");
    }
}
