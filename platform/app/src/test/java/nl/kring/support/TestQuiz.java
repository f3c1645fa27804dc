package nl.kring.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

import nl.kring.plugin.PluginLifecycle;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** A small quiz added to a copy of the bundled course, installed by tests that take quizzes. */
public final class TestQuiz {

    public static final String ID = "test-toets";
    public static final String YAML = """
            id: test-toets
            title: {nl: Testtoets, en: Test quiz}
            module: waarom
            order: 9
            passMark: 60
            items:
              - id: steun
                type: single-choice
                competences: {social-support: 1}
                text: {nl: "Wat helpt herstel?", en: "What helps recovery?"}
                options:
                  - id: a
                    text: {nl: Steun, en: Support}
                    correct: true
                    feedback: {nl: "Ja: steun helpt.", en: "Yes: support helps."}
                  - id: b
                    text: {nl: Isolement, en: Isolation}
                    feedback: {nl: "Nee.", en: "No."}
              - id: procent
                type: numeric
                text: {nl: "Hoeveel procent rondde af?", en: "What percentage completed?"}
                answer: 51
                tolerance: 0.5
              - id: casus
                type: case
                case: {nl: "Eva drinkt.", en: "Eva drinks."}
                items:
                  - id: waar
                    type: true-false
                    answer: true
                    competences: {network-involvement: 1}
                    text: {nl: "Eva drinkt.", en: "Eva drinks."}
            """;

    /** A quiz with two attempts whose key is shown only after the last attempt (or a pass). */
    public static final String LIMITED_ID = "test-beperkt";
    public static final String LIMITED_YAML = """
            id: test-beperkt
            title: {nl: Beperkt, en: Limited}
            module: waarom
            order: 10
            passMark: 100
            attempts: 2
            shuffle: true
            feedback: after-last-attempt
            items:
              - id: waar
                type: true-false
                answer: true
                text: {nl: "Steun helpt.", en: "Support helps."}
            """;

    /** A timed quiz that draws two of three items from a pool and shuffles the order. */
    public static final String POOL_ID = "test-pool";
    public static final String POOL_YAML = """
            id: test-pool
            title: {nl: Pool, en: Pool}
            module: waarom
            order: 11
            shuffle: true
            timeLimit: 10
            items:
              - id: vast
                type: true-false
                answer: true
                text: {nl: "Steun helpt.", en: "Support helps."}
              - id: trekking
                type: pool
                draw: 2
                items:
                  - {id: p1, type: true-false, answer: true, text: {nl: "Een.", en: "One."}}
                  - {id: p2, type: true-false, answer: true, text: {nl: "Twee.", en: "Two."}}
                  - {id: p3, type: true-false, answer: false, text: {nl: "Drie.", en: "Three."}}
            """;

    /** A quiz with feedback per item as soon as the learner checks an answer. */
    public static final String DIRECT_ID = "test-direct";
    public static final String DIRECT_YAML = """
            id: test-direct
            title: {nl: Direct, en: Straight away}
            module: waarom
            order: 12
            feedback: immediately
            items:
              - id: volgorde
                type: ordering
                text: {nl: "Zet in volgorde.", en: "Put in order."}
                explanation: {nl: "Eerst veiligheid.", en: "Safety first."}
                steps:
                  - {id: veilig, text: {nl: Veiligheid, en: Safety}}
                  - {id: analyse, text: {nl: Analyse, en: Analysis}}
                  - {id: uitnodigen, text: {nl: Uitnodigen, en: Invite}}
              - id: koppel
                type: matching
                text: {nl: "Koppel.", en: "Match."}
                pairs:
                  - {id: a, left: {nl: Hulpbron, en: Resource}, right: {nl: Steunt, en: Supports}}
                  - {id: b, left: {nl: Co-cliënt, en: Co-client}, right: {nl: Krijgt zorg, en: Receives care}}
            """;

    private TestQuiz() {
    }

    /**
     * Installs the bundled course 1.5.0 with the test quizzes as a trainer would, whoever the test runs as (tests
     * that run as a learner via {@code @WithUserDetails} call it before their first step).
     */
    public static void installAsTrainer(PluginLifecycle lifecycle) {
        installAsTrainer(lifecycle, courseJar("1.5.0"), "with-quiz.jar");
    }

    /** Installs a plugin jar as a trainer would, whoever the test runs as; the test's own identity is kept. */
    public static void installAsTrainer(PluginLifecycle lifecycle, byte[] jar, String fileName) {
        var learner = SecurityContextHolder.getContext();
        var trainer = SecurityContextHolder.createEmptyContext();
        trainer.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "trainer", null, List.of(new SimpleGrantedAuthority("ROLE_TRAINER"))));
        SecurityContextHolder.setContext(trainer);
        try {
            lifecycle.install(lifecycle.prepare(jar, fileName));
        } finally {
            SecurityContextHolder.setContext(learner);
        }
    }

    /** The bundled course of {@code version} with this quiz added. */
    public static byte[] courseJar(String version) {
        return TestJars.course(version, folder -> {
            try {
                Files.createDirectories(folder.resolve("quizzes"));
                Files.writeString(folder.resolve("quizzes/test-toets.yaml"), YAML);
                Files.writeString(folder.resolve("quizzes/test-beperkt.yaml"), LIMITED_YAML);
                Files.writeString(folder.resolve("quizzes/test-pool.yaml"), POOL_YAML);
                Files.writeString(folder.resolve("quizzes/test-direct.yaml"), DIRECT_YAML);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
