package nl.kring.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.kring.assessment.QuizQuestion;
import nl.kring.assessment.QuizResult;
import nl.kring.assessment.QuizService;
import nl.kring.assessment.QuizSession;
import nl.kring.competence.CompetenceProfileService;
import nl.kring.competence.CompetenceStanding;
import nl.kring.plugin.QuestionRunner;
import nl.kring.support.TestPlugins;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every bundled course, as the build packages it from content/, taken end to end by a learner: the outline, every lesson
 * and every activity in Dutch and in English, and every quiz answered right (with the answer the question type itself
 * calls right), passed, and counted as evidence for the course's competences.
 */
@SpringBootTest
@ActiveProfiles("demo")
class BundledCoursesIT {

    private static final Path PLUGINS = TestPlugins.freshPluginsDir(false);
    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH);

    @Autowired
    CatalogService catalog;

    @Autowired
    QuizService quizzes;

    @Autowired
    QuestionRunner questions;

    @Autowired
    CompetenceProfileService competences;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestPlugins.isolate(registry, PLUGINS);
    }

    static List<String> courses() {
        return TestPlugins.bundledCourseIds();
    }

    @ParameterizedTest
    @MethodSource("courses")
    @WithUserDetails("daan")
    void aLearnerReadsEveryLessonAndActivityInBothLanguages(String courseId) {
        for (Locale locale : LANGUAGES) {
            CourseOutline outline = catalog.outline(courseId, locale).orElseThrow();
            assertThat(outline.language()).isEqualTo(locale.getLanguage());
            assertThat(outline.lessons()).as("lessons").isNotEmpty();
            assertThat(outline.sources()).as("sources listed").isNotEmpty();
            for (LessonRef lesson : outline.lessons()) {
                LessonPage page = catalog.lesson(courseId, lesson.id(), locale).orElseThrow();
                assertThat(page.language()).as(lesson.id()).isEqualTo(locale.getLanguage());
                assertThat(page.html()).as(lesson.id()).hasSizeGreaterThan(500).doesNotContain("<script");
                assertThat(page.minutes()).as(lesson.id()).isPositive();
            }
            for (CourseOutline.Module module : outline.modules()) {
                for (ActivityRef activity : module.activities()) {
                    ActivityPage page = catalog.activity(courseId, activity.id(), locale).orElseThrow();
                    assertThat(page.stepwise() || page.view().isPresent()).as(activity.id() + " renders").isTrue();
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("courses")
    @WithUserDetails("daan")
    void everyQuizAnsweredRightIsPassedAndCountsForTheCoursesCompetences(String courseId) {
        Locale english = Locale.ENGLISH;
        CourseOutline outline = catalog.outline(courseId, english).orElseThrow();
        Map<String, Integer> evidenceBefore = evidence();
        List<QuizRef> all = outline.modules().stream().flatMap(module -> module.quizzes().stream()).toList();
        assertThat(all).as("quizzes").isNotEmpty();
        for (QuizRef quiz : all) {
            QuizSession session = quizzes.startOrResume(courseId, quiz.id(), english);
            assertThat(session.questions()).as(quiz.id()).isNotEmpty();
            for (QuizQuestion question : session.questions()) {
                List<String> right = questions.grade(question.leaf().item().type(), session.quiz().source(question.leaf()),
                        List.of(), "en").orElseThrow().rightResponse();
                quizzes.saveAnswer(session.attemptId(), question.leaf().id(), right);
            }
            QuizResult result = quizzes.submit(session.attemptId(), english);
            assertThat(result.passed()).as(quiz.id() + " passed").isTrue();
            assertThat(result.percent()).as(quiz.id() + " score").isEqualTo(100);
        }
        Map<String, Integer> evidenceAfter = evidence();
        assertThat(outline.competences()).as("competences the course develops").isNotEmpty()
                .anySatisfy(competence -> assertThat(evidenceAfter.get(competence.id()))
                        .as(competence.id()).isGreaterThan(evidenceBefore.getOrDefault(competence.id(), 0)));
    }

    private Map<String, Integer> evidence() {
        Map<String, Integer> counts = new HashMap<>();
        for (CompetenceStanding standing : competences.mine(Locale.ENGLISH)) {
            counts.put(standing.competence().id(), standing.evidence().size());
        }
        return counts;
    }
}
