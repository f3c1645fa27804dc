package nl.kring.competence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import nl.kring.catalog.CatalogService;
import nl.kring.catalog.CompetencePractice;
import nl.kring.plugin.PluginLifecycle;
import nl.kring.support.TestJars;
import nl.kring.support.TestPlugins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
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

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestPlugins.isolate(registry, PLUGINS);
    }

    @Test
    @WithUserDetails("daan")
    void aCompetenceACourseAddsAppearsWithTheQuizThatTrainsIt() {
        assertThat(catalog.competences(Locale.ENGLISH)).noneMatch(c -> c.id().equals("dual-diagnosis"));
        installAsTrainer(TestJars.course("1.7.0", folder -> {
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
                            competences: {dual-diagnosis: 1}
                            text: {nl: "Verslaving en psychische klachten gaan vaak samen.", en: "Addiction and mental illness often go together."}
                        """);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));

        assertThat(catalog.competences(Locale.ENGLISH)).anySatisfy(c -> {
            assertThat(c.id()).isEqualTo("dual-diagnosis");
            assertThat(c.title()).isEqualTo("Dual diagnosis");
        });
        CompetenceStanding standing = profile.mine(Locale.forLanguageTag("nl")).stream()
                .filter(s -> s.competence().id().equals("dual-diagnosis")).findFirst().orElseThrow();
        assertThat(standing.competence().title()).isEqualTo("Dubbele diagnose");
        assertThat(standing.next().orElseThrow().practice()).extracting(CompetencePractice::id).containsExactly("dubbel");
    }

    private void installAsTrainer(byte[] jar) {
        var learner = SecurityContextHolder.getContext();
        var trainer = SecurityContextHolder.createEmptyContext();
        trainer.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "trainer", null, List.of(new SimpleGrantedAuthority("ROLE_TRAINER"))));
        SecurityContextHolder.setContext(trainer);
        try {
            lifecycle.install(lifecycle.prepare(jar, "with-competence.jar"));
        } finally {
            SecurityContextHolder.setContext(learner);
        }
    }
}
