package nl.kring.coursekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every item type graded from a quiz written in the real format, with the edge cases trainers ask about. */
class GraderTest {

    static final String QUIZ = """
            id: alle-typen
            title: {nl: Alle typen, en: All types}
            module: m1
            items:
              - id: een
                type: single-choice
                text: {nl: "Eén?", en: "One?"}
                options:
                  - {id: a, text: {nl: A, en: A}, correct: true}
                  - {id: b, text: {nl: B, en: B}}
              - id: meer
                type: multiple-response
                text: {nl: "Meer?", en: "More?"}
                options:
                  - {id: a, text: {nl: A, en: A}, correct: true}
                  - {id: b, text: {nl: B, en: B}, correct: true}
                  - {id: c, text: {nl: C, en: C}}
                  - {id: d, text: {nl: D, en: D}}
              - id: waar
                type: true-false
                answer: false
                text: {nl: Naasten veroorzaken verslaving., en: Significant others cause addiction.}
                explanation: {nl: Nee., en: No.}
              - id: koppel
                type: matching
                text: {nl: Koppel., en: Match.}
                pairs:
                  - {id: a, left: {nl: Hulpbron, en: Resource}, right: {nl: Steunt, en: Supports}}
                  - {id: b, left: {nl: Co-cliënt, en: Co-client}, right: {nl: Krijgt zorg, en: Receives care}}
                  - {id: c, left: {nl: Medewerker, en: Co-worker}, right: {nl: Werkt mee, en: Works along}}
              - id: volgorde
                type: ordering
                text: {nl: Orden., en: Order.}
                steps:
                  - {id: a, text: {nl: Eerst, en: First}}
                  - {id: b, text: {nl: Dan, en: Then}}
                  - {id: c, text: {nl: Daarna, en: After}}
                  - {id: d, text: {nl: Laatst, en: Last}}
              - id: kort
                type: short-answer
                text: {nl: "Welk model?", en: "Which model?"}
                accept: {nl: [stress-strain-coping-support, "SSCS"], en: [stress-strain-coping-support, SSCS]}
              - id: getal
                type: numeric
                text: {nl: "Hoeveel procent?", en: "What percentage?"}
                answer: 51
                tolerance: 0.5
              - id: casus
                type: case
                case: {nl: Eva drinkt., en: Eva drinks.}
                items:
                  - id: vraag
                    type: true-false
                    answer: true
                    text: {nl: Eva drinkt., en: Eva drinks.}
            """;

    @TempDir
    static Path dir;
    static Quiz quiz;

    @BeforeAll
    static void readQuiz() throws Exception {
        CourseFixture course = new CourseFixture(dir).write("quizzes/alle-typen.yaml", QUIZ);
        quiz = new CourseReader(CompetenceFramework.standard()).read(new DirectoryCourseFiles(course.root())).quizzes().stream()
                .filter(q -> q.id().equals("alle-typen")).findFirst().orElseThrow();
    }

    private static Grade grade(String itemId, String... answer) {
        QuizItem item = quiz.items().stream().filter(i -> i.id().equals(itemId)).findFirst().orElseThrow();
        return Grader.grade(item, List.of(answer), "nl");
    }

    @Test
    void singleChoice() {
        assertThat(grade("een", "a")).isEqualTo(new Grade(1, true));
        assertThat(grade("een", "b").score()).isZero();
        assertThat(grade("een", "a", "b").score()).as("two answers to a single-choice item").isZero();
    }

    @Test
    void multipleResponseGivesPartialCreditAndTakesItBackForWrongChoices() {
        assertThat(grade("meer", "a", "b")).isEqualTo(new Grade(1, true));
        assertThat(grade("meer", "a")).isEqualTo(new Grade(0.5, false));
        assertThat(grade("meer", "a", "b", "c")).isEqualTo(new Grade(0.5, false));
        assertThat(grade("meer", "a", "c")).isEqualTo(new Grade(0, false));
        assertThat(grade("meer", "c", "d").score()).as("never below zero").isZero();
        assertThat(grade("meer", "a", "b", "c", "d").score()).as("choosing everything earns nothing").isZero();
    }

    @Test
    void trueFalse() {
        assertThat(grade("waar", "false").correct()).isTrue();
        assertThat(grade("waar", "FALSE").correct()).isTrue();
        assertThat(grade("waar", "true").correct()).isFalse();
        assertThat(grade("waar", "misschien").correct()).isFalse();
    }

    @Test
    void matchingCountsEachPair() {
        assertThat(grade("koppel", "a=a", "b=b", "c=c")).isEqualTo(new Grade(1, true));
        assertThat(grade("koppel", "a=a", "b=c", "c=b").score()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(grade("koppel", "a=a").score()).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void orderingCountsNeighboursInTheRightOrder() {
        assertThat(grade("volgorde", "a", "b", "c", "d")).isEqualTo(new Grade(1, true));
        assertThat(grade("volgorde", "b", "a", "c", "d").score()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(grade("volgorde", "d", "c", "b", "a").score()).isZero();
        assertThat(grade("volgorde", "a", "b", "c").score()).as("a step missing").isZero();
        assertThat(grade("volgorde", "a", "b", "c", "x").score()).as("an unknown step").isZero();
    }

    @Test
    void shortAnswerIgnoresCaseSpacesPunctuationAndAccents() {
        assertThat(grade("kort", "  Stress-strain-coping-support. ").correct()).isTrue();
        assertThat(grade("kort", "sscs").correct()).isTrue();
        assertThat(grade("kort", "stress strain coping support").correct()).as("hyphens matter").isFalse();
        assertThat(Grader.normalize("Cliënt!", new ItemKey.ShortAnswer(java.util.Map.of(), false, true))).isEqualTo("client");
        assertThat(Grader.normalize("Cliënt!", new ItemKey.ShortAnswer(java.util.Map.of(), true, false))).isEqualTo("Cliënt");
    }

    @Test
    void numericIncludesTheToleranceBordersAndAcceptsADecimalComma() {
        assertThat(grade("getal", "51").correct()).isTrue();
        assertThat(grade("getal", "50.5").correct()).isTrue();
        assertThat(grade("getal", "51,5").correct()).isTrue();
        assertThat(grade("getal", "51.51").correct()).isFalse();
        assertThat(grade("getal", "veel").correct()).isFalse();
    }

    @Test
    void emptyAnswersScoreZero() {
        for (String item : List.of("een", "meer", "waar", "koppel", "volgorde", "kort", "getal")) {
            assertThat(grade(item)).as(item).isEqualTo(new Grade(0, false));
            assertThat(grade(item, " ")).as(item).isEqualTo(new Grade(0, false));
        }
    }

    @Test
    void aCaseIsGradedThroughItsItems() {
        QuizItem casus = quiz.items().stream().filter(i -> i.id().equals("casus")).findFirst().orElseThrow();
        ItemKey.CaseSet set = (ItemKey.CaseSet) casus.key();

        assertThat(set.caseText().in("en", "nl")).isEqualTo("Eva drinks.");
        assertThat(Grader.grade(set.items().get(0), List.of("true"), "en").correct()).isTrue();
        assertThatThrownBy(() -> Grader.grade(casus, List.of("true"), "en")).hasMessageContaining("grade its items one by one");
    }
}
