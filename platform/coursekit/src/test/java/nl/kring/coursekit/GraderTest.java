package nl.kring.coursekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import nl.kring.api.question.QuestionGrade;
import nl.kring.api.question.QuestionInput;
import nl.kring.api.question.QuestionSource;
import nl.kring.coursekit.question.QuestionTypes;
import nl.kring.coursekit.question.ShortAnswerQuestion;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every built-in question type graded from a quiz written in the real format, with the edge cases trainers ask about. */
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
                  - {id: a, text: {nl: A, en: A}, correct: true, feedback: {nl: "Goed, *A*.", en: "Right, *A*."}}
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

    private static QuizLeaf leaf(String leafId) {
        return quiz.leaves().stream().filter(l -> l.id().equals(leafId)).findFirst().orElseThrow();
    }

    private static QuestionSource source(QuizLeaf leaf) {
        return new QuestionSource("c", "1.0.0", quiz.id(), leaf.id(), leaf.item().yaml(), List.of("nl", "en"));
    }

    private static QuestionGrade gradeIn(String language, String leafId, String... answer) {
        QuizLeaf leaf = leaf(leafId);
        return QuestionTypes.builtIn(leaf.item().type()).orElseThrow().grade(source(leaf), List.of(answer), language);
    }

    private static QuestionGrade grade(String leafId, String... answer) {
        return gradeIn("nl", leafId, answer);
    }

    private static QuestionInput input(String leafId, String language) {
        QuizLeaf leaf = leaf(leafId);
        return QuestionTypes.builtIn(leaf.item().type()).orElseThrow().render(source(leaf), language);
    }

    @Test
    void singleChoice() {
        assertThat(grade("een", "a").score()).isEqualTo(1);
        assertThat(grade("een", "a").correct()).isTrue();
        assertThat(grade("een", "b").score()).isZero();
        assertThat(grade("een", "a", "b").score()).as("two answers to a single-choice item").isZero();
        assertThat(grade("een", "b").rightResponse()).containsExactly("a");
        assertThat(grade("een", "b").feedback()).isEqualTo(Map.of("a", "Goed, *A*."));
        assertThat(gradeIn("en", "een", "a").feedback()).isEqualTo(Map.of("a", "Right, *A*."));
        assertThat(input("een", "en")).isEqualTo(new QuestionInput.Choice(List.of(new QuestionInput.Option("a", "A"),
                new QuestionInput.Option("b", "B")), false, false));
    }

    @Test
    void multipleResponseGivesPartialCreditAndTakesItBackForWrongChoices() {
        assertThat(grade("meer", "a", "b").correct()).isTrue();
        assertThat(grade("meer", "a").score()).isEqualTo(0.5);
        assertThat(grade("meer", "a").correct()).isFalse();
        assertThat(grade("meer", "a", "b", "c").score()).isEqualTo(0.5);
        assertThat(grade("meer", "a", "c").score()).isZero();
        assertThat(grade("meer", "c", "d").score()).as("never below zero").isZero();
        assertThat(grade("meer", "a", "b", "c", "d").score()).as("choosing everything earns nothing").isZero();
        assertThat(grade("meer", "a", "a").score()).as("the same option twice counts once").isEqualTo(0.5);
        assertThat(grade("meer").rightResponse()).containsExactly("a", "b");
        assertThat(((QuestionInput.Choice) input("meer", "nl")).multiple()).isTrue();
    }

    @Test
    void trueFalse() {
        assertThat(grade("waar", "false").correct()).isTrue();
        assertThat(grade("waar", "FALSE").correct()).isTrue();
        assertThat(grade("waar", "true").correct()).isFalse();
        assertThat(grade("waar", "misschien").correct()).isFalse();
        assertThat(grade("waar", "true", "false").correct()).as("both answers").isFalse();
        QuestionInput.Choice choice = (QuestionInput.Choice) input("waar", "nl");
        assertThat(choice.fixedOrder()).as("true comes before false, also when options are shuffled").isTrue();
        assertThat(choice.options()).extracting(QuestionInput.Option::label).containsExactly("Waar", "Niet waar");
    }

    @Test
    void matchingCountsEachPair() {
        assertThat(grade("koppel", "a=a", "b=b", "c=c").correct()).isTrue();
        assertThat(grade("koppel", "a=a", "b=c", "c=b").score()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(grade("koppel", "a=a").score()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(grade("koppel", "a=a", "a=b").score()).as("a left text matched twice counts its first match")
                .isCloseTo(1.0 / 3, within(1e-9));
        assertThat(grade("koppel").rightResponse()).containsExactly("a=a", "b=b", "c=c");
        QuestionInput.Match match = (QuestionInput.Match) input("koppel", "en");
        assertThat(match.prompts()).extracting(QuestionInput.Option::label).containsExactly("Resource", "Co-client", "Co-worker");
        assertThat(match.answers()).extracting(QuestionInput.Option::label).containsExactly("Supports", "Receives care", "Works along");
    }

    @Test
    void orderingCountsNeighboursInTheRightOrder() {
        assertThat(grade("volgorde", "a", "b", "c", "d").correct()).isTrue();
        assertThat(grade("volgorde", "b", "a", "c", "d").score()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(grade("volgorde", "d", "c", "b", "a").score()).isZero();
        assertThat(grade("volgorde", "a", "b", "c").score()).as("a step missing").isZero();
        assertThat(grade("volgorde", "a", "b", "c", "x").score()).as("an unknown step").isZero();
        assertThat(grade("volgorde", "a", "a", "b", "c").score()).as("a step twice").isZero();
    }

    @Test
    void shortAnswerIgnoresCaseSpacesPunctuationAndAccents() {
        assertThat(grade("kort", "  Stress-strain-coping-support. ").correct()).isTrue();
        assertThat(grade("kort", "sscs").correct()).isTrue();
        assertThat(grade("kort", "stress strain coping support").correct()).as("hyphens matter").isFalse();
        assertThat(grade("kort").rightAnswerText()).isEqualTo("stress-strain-coping-support / SSCS");
        assertThat(ShortAnswerQuestion.normalize("Cliënt!", false, true)).isEqualTo("client");
        assertThat(ShortAnswerQuestion.normalize("Cliënt!", true, false)).isEqualTo("Cliënt");
        assertThat(ShortAnswerQuestion.normalize("  co   cliënt ", false, false)).isEqualTo("co cliënt");
    }

    @Test
    void numericIncludesTheToleranceBordersAndAcceptsADecimalComma() {
        assertThat(grade("getal", "51").correct()).isTrue();
        assertThat(grade("getal", "50.5").correct()).as("lower border").isTrue();
        assertThat(grade("getal", "51,5").correct()).as("upper border, decimal comma").isTrue();
        assertThat(grade("getal", "51.51").correct()).isFalse();
        assertThat(grade("getal", "50.49").correct()).isFalse();
        assertThat(grade("getal", "veel").correct()).isFalse();
        assertThat(grade("getal", "NaN").correct()).isFalse();
        assertThat(grade("getal").rightAnswerText()).isEqualTo("51 (± 0.5)");
    }

    @Test
    void emptyAnswersScoreZero() {
        for (String item : List.of("een", "meer", "waar", "koppel", "volgorde", "kort", "getal")) {
            assertThat(grade(item).score()).as(item).isZero();
            assertThat(grade(item, " ").score()).as(item).isZero();
        }
    }

    @Test
    void theItemsOfACaseAreQuestionsOfTheirOwnUnderTheCasesId() {
        QuizLeaf vraag = leaf("casus/vraag");

        assertThat(vraag.caseText().orElseThrow().in("en", "nl")).isEqualTo("Eva drinks.");
        assertThat(gradeIn("en", "casus/vraag", "true").correct()).isTrue();
        assertThat(quiz.leaves()).extracting(QuizLeaf::id)
                .containsExactly("een", "meer", "waar", "koppel", "volgorde", "kort", "getal", "casus/vraag");
    }
}
