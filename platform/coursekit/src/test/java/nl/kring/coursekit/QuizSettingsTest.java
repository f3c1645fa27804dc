package nl.kring.coursekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pools, shuffling, time limits, immediate feedback and item sources: how they are read, checked and drawn. */
class QuizSettingsTest {

    private static final String POOL_QUIZ = """
            id: pools
            title: {nl: Pools, en: Pools}
            module: m1
            shuffle: true
            timeLimit: 20
            feedback: immediately
            items:
              - id: eerst
                type: true-false
                answer: true
                text: {nl: Eerst, en: First}
                source: bron:4-24
              - id: trekking
                type: pool
                draw: 2
                items:
                  - {id: p1, type: true-false, answer: true, text: {nl: P1, en: P1}, source: [bron:1, bron:30-31]}
                  - {id: p2, type: true-false, answer: true, text: {nl: P2, en: P2}}
                  - {id: p3, type: true-false, answer: true, text: {nl: P3, en: P3}}
              - id: casus
                type: case
                case: {nl: Casus, en: Case}
                explanation: {nl: Uitleg bij de casus, en: About the case}
                items:
                  - {id: a, type: true-false, answer: true, text: {nl: A, en: A}}
                  - {id: b, type: true-false, answer: false, text: {nl: B, en: B}}
            """;

    @TempDir
    Path dir;

    private CourseFixture course() {
        return new CourseFixture(dir).replace("course.yaml", "modules:", "sources:\n  - {id: bron, citation: Een bron}\nmodules:");
    }

    private List<String> lint(CourseFixture course) throws Exception {
        return new Linter(new CourseReader(CompetenceFramework.standard())).lint(course.root(), Optional.empty()).problems()
                .stream().map(Problem::toString).toList();
    }

    private Quiz read(String yaml) throws Exception {
        CourseFixture course = course().write("quizzes/pools.yaml", yaml);
        return new CourseReader(CompetenceFramework.standard()).read(new DirectoryCourseFiles(course.root())).quizzes().stream()
                .filter(q -> q.id().equals("pools")).findFirst().orElseThrow();
    }

    @Test
    void theSettingsAndSourcesAreRead() throws Exception {
        Quiz quiz = read(POOL_QUIZ);

        assertThat(quiz.settings()).isEqualTo(new QuizSettings(0, true, true, QuizSettings.Feedback.IMMEDIATELY, 20));
        assertThat(quiz.items().get(0).sources()).containsExactly(new ItemSource("bron", 4, 24));
        assertThat(quiz.items().get(1).group().items().get(0).sources()).extracting(Object::toString)
                .containsExactly("bron:1", "bron:30-31");
        assertThat(quiz.leaves()).extracting(QuizLeaf::id).containsExactly("eerst", "p1", "p2", "p3", "casus/a", "casus/b");
        assertThat(quiz.questionsPerAttempt()).isEqualTo(5);
        assertThat(quiz.leaves().get(5).closesCase()).isTrue();
        assertThat(quiz.leaves().get(4).closesCase()).isFalse();
        assertThat(quiz.leaves().get(5).inCase().orElseThrow().explanation().in("en", "nl")).isEqualTo("About the case");
    }

    @Test
    void anAttemptDrawsFromThePoolAndKeepsACaseTogether() throws Exception {
        Quiz quiz = read(POOL_QUIZ);
        Set<List<String>> draws = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            List<String> ids = quiz.draw(new Random(seed)).stream().map(QuizLeaf::id).toList();
            assertThat(ids).hasSize(5).contains("eerst", "casus/a", "casus/b");
            assertThat(ids.stream().filter(id -> id.startsWith("p"))).hasSize(2).doesNotHaveDuplicates();
            assertThat(ids.indexOf("casus/b")).as("the case's items stay together and in order").isEqualTo(ids.indexOf("casus/a") + 1);
            draws.add(ids);
        }
        assertThat(draws).as("different questions and orders across attempts").hasSizeGreaterThan(10);
        assertThat(quiz.draw(new Random(7))).as("the same seed, the same attempt").isEqualTo(quiz.draw(new Random(7)));
    }

    @Test
    void withoutShufflingTheWrittenOrderStays() throws Exception {
        Quiz quiz = read(POOL_QUIZ.replace("shuffle: true", "shuffle: options"));

        for (long seed = 0; seed < 10; seed++) {
            List<String> ids = quiz.draw(new Random(seed)).stream().map(QuizLeaf::id).toList();
            assertThat(ids.get(0)).isEqualTo("eerst");
            assertThat(ids.subList(3, 5)).containsExactly("casus/a", "casus/b");
            assertThat(ids.subList(1, 3)).isSorted();
        }
        assertThat(quiz.settings().shuffleOptions()).isTrue();
        assertThat(quiz.settings().shuffleItems()).isFalse();
    }

    @Test
    void mistakesInPoolsSettingsAndSourcesAreReportedWithTheirLine() throws Exception {
        CourseFixture course = course().write("quizzes/pools.yaml", """
                id: pools
                title: {nl: Pools, en: Pools}
                module: m1
                shuffle: sometimes
                timeLimit: 0
                items:
                  - id: zonder-aantal
                    type: pool
                    items:
                      - {id: p1, type: true-false, answer: true, text: {nl: P1, en: P1}, source: onbekend:3}
                  - id: te-veel
                    type: pool
                    draw: 3
                    items:
                      - {id: p2, type: true-false, answer: true, text: {nl: P2, en: P2}, source: "bron:9-2"}
                      - {id: p1, type: true-false, answer: true, text: {nl: P3, en: P3}, source: hoofdstuk 2}
                  - id: casus
                    type: case
                    case: {nl: Casus, en: Case}
                    items:
                      - id: binnen
                        type: pool
                        draw: 1
                        items:
                          - {id: x, type: true-false, answer: true, text: {nl: X, en: X}}
                """);

        assertThat(lint(course)).containsExactlyInAnyOrder(
                "quizzes/pools.yaml:4: shuffle: 'sometimes' is not known (use true (items and options), items, options or false)",
                "quizzes/pools.yaml:5: timeLimit must be a number of minutes from 1 to 1440 (leave it out for no time limit)",
                "quizzes/pools.yaml:7: item 'zonder-aantal' does not say how many items to draw"
                        + " (add draw: 2 (each attempt then asks 2 of the pool's items))",
                "quizzes/pools.yaml:10: unknown source 'onbekend' (sources in course.yaml: bron)",
                "quizzes/pools.yaml:13: item 'te-veel' draws 3 of its 2 items"
                        + " (draw: takes a number from 1 to the number of items in the pool)",
                "quizzes/pools.yaml:15: source 'bron:9-2' has no valid line range (write from-to with from ≤ to, counting lines from 1)",
                "quizzes/pools.yaml:16: item id 'p1' is used twice in this quiz (every item needs its own id)",
                "quizzes/pools.yaml:16: source 'hoofdstuk 2' is not of the form id:line or id:from-to"
                        + " (e.g. source: soyez-steun:4-24, with an id from sources: in course.yaml)",
                "quizzes/pools.yaml:21: item 'binnen': a pool belongs directly under the quiz's items"
                        + " (a pool can hold cases, not the other way round)");
    }

    @Test
    void anUnknownItemTypeIsAnErrorUnlessAPluginAddsIt() throws Exception {
        CourseFixture course = course().write("quizzes/plugin.yaml", """
                id: plugin
                title: {nl: Plugin, en: Plugin}
                module: m1
                items:
                  - {id: woorden, type: keywords, text: {nl: W, en: W}, keywords: [a]}
                """);

        assertThat(lint(course)).singleElement().asString().startsWith("quizzes/plugin.yaml:5: unknown item type 'keywords' (item types: case,");
        CourseReader withPlugin = new CourseReader(CompetenceFramework.standard(), Set::of, () -> Set.of("keywords"), "1.1.0");
        assertThat(new Linter(withPlugin).lint(course.root(), Optional.empty()).problems()).isEmpty();
    }
}
