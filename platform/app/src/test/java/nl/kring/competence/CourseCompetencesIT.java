package nl.kring.competence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import nl.kring.assessment.QuizSession;
import nl.kring.catalog.CatalogService;
import nl.kring.catalog.CompetencePractice;
import nl.kring.plugin.PluginLifecycle;
import nl.kring.support.TestJars;
import nl.kring.support.TestQuiz;
import nl.kring.support.TestPlugins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A course plugin adds a competence of its own: once installed, it is part of the framework learners see. */
@SpringBootTest
@ActiveProfiles("demo")
class CourseCompetencesIT {

    private static final Path PLUGINS = TestPlugins.freshPluginsDir(false);

    @Autowired
    PluginLifecycle lifecycle;

    @Autowired
    CatalogService catalog;

    @Autowired
    CompetenceProfileService profile;

    @Autowired
    nl.kring.assessment.QuizService quizzes;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestPlugins.isolate(registry, PLUGINS);
    }

    @Test
    @WithUserDetails("daan")
    void aCompetenceACourseAddsAppearsWithItsQuizAndAnUpgradeMovesTheEvidence() {
        assertThat(catalog.competences(Locale.ENGLISH)).noneMatch(c -> c.id().equals("dual-diagnosis"));
        installAsTrainer(course("1.7.0", "{dual-diagnosis: 1}"));

        assertThat(catalog.competences(Locale.ENGLISH)).anySatisfy(c -> {
            assertThat(c.id()).isEqualTo("dual-diagnosis");
            assertThat(c.title()).isEqualTo("Dual diagnosis");
        });
        CompetenceStanding standing = standing("dual-diagnosis", Locale.forLanguageTag("nl"));
        assertThat(standing.competence().title()).isEqualTo("Dubbele diagnose");
        assertThat(standing.next().orElseThrow().practice()).extracting(CompetencePractice::id).containsExactly("dubbel");

        QuizSession quiz = quizzes.startOrResume("naasten-betrekken", "dubbel", Locale.ENGLISH);
        quizzes.saveAnswer(quiz.attemptId(), "vaak", List.of("true"));
        quizzes.submit(quiz.attemptId(), Locale.ENGLISH);
        assertThat(standing("dual-diagnosis", Locale.ENGLISH).level()).isEqualTo(1);
        assertThat(standing("family-wellbeing", Locale.ENGLISH).evidence()).isEmpty();

        installAsTrainer(course("1.8.0", "{family-wellbeing: 2}"));

        assertThat(standing("dual-diagnosis", Locale.ENGLISH).evidence()).as("the question no longer trains it").isEmpty();
        CompetenceStanding moved = standing("family-wellbeing", Locale.ENGLISH);
        assertThat(moved.evidence()).singleElement().satisfies(line -> {
            assertThat(line.item().fact().level()).isEqualTo(2);
            assertThat(line.item().fact().score()).isEqualTo(1.0);
            assertThat(line.item().courseVersion()).as("the version the quiz was taken in").isEqualTo("1.7.0");
        });
        assertThat(moved.level()).as("a passed quiz with this case question").isEqualTo(2);
    }

    private CompetenceStanding standing(String id, Locale locale) {
        return profile.mine(locale).stream().filter(s -> s.competence().id().equals(id)).findFirst().orElseThrow();
    }

    private static byte[] course(String version, String mapping) {
        return TestJars.course(version, folder -> {
            try {
                Files.writeString(folder.resolve("competences.yaml"), """
                        competences:
                          - id: dual-diagnosis
                            title: {nl: Dubbele diagnose, en: Dual diagnosis}
                            description: {nl: "Verslaving en psychische aandoeningen samen.", en: "Addiction with mental illness."}
                        """);
                Files.writeString(folder.resolve("quizzes/dubbel.yaml"), """
                        id: dubbel
                        title: {nl: Dubbele diagnose, en: Dual diagnosis}
                        module: waarom
                        order: 20
                        passMark: 60
                        items:
                          - id: vaak
                            type: true-false
                            answer: true
                            competences: %s
                            text: {nl: "Verslaving en psychische klachten gaan vaak samen.", en: "Addiction and mental illness often go together."}
                        """.formatted(mapping));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void installAsTrainer(byte[] jar) {
        TestQuiz.installAsTrainer(lifecycle, jar, "with-competence.jar");
    }
}
