package nl.kring.competence;

import static nl.kring.competence.EvidenceSource.ACTIVITY;
import static nl.kring.competence.EvidenceSource.ASSESSMENT;
import static nl.kring.competence.EvidenceSource.OBSERVATION;
import static nl.kring.competence.EvidenceSource.QUIZ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The shipped level rules (competence-levels.yaml), case by case. */
class LevelRulesTest {

    private static final LevelRules RULES = LevelRules.read(
            LevelRulesTest.class.getResourceAsStream("/kring/competence-levels.yaml"), "competence-levels.yaml");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("no evidence", List.of(), 0),
                Arguments.of("knowledge questions answered well", List.of(quiz(1, 0.8, false)), 1),
                Arguments.of("knowledge questions answered badly", List.of(quiz(1, 0.5, true)), 0),
                Arguments.of("exactly the minimum score counts", List.of(quiz(1, 0.6, false)), 1),
                Arguments.of("case questions in a passed quiz also show knowing", List.of(quiz(2, 0.9, true)), 2),
                Arguments.of("case questions in a failed quiz: knows, not knows how", List.of(quiz(2, 0.9, false)), 1),
                Arguments.of("a completed exercise at level 2", List.of(fact(ACTIVITY, 2, 0.75)), 2),
                Arguments.of("an exercise below 70% shows knowing only", List.of(fact(ACTIVITY, 2, 0.65)), 1),
                Arguments.of("a role-play at MITI fair alone: knowing is not shown yet", List.of(fact(ACTIVITY, 3, 0.5)), 0),
                Arguments.of("a good role-play alone shows knowing and knowing how too", List.of(fact(ACTIVITY, 3, 0.8)), 3),
                Arguments.of("a role-play at fair with a passed case quiz", List.of(quiz(2, 0.8, true), fact(ACTIVITY, 3, 0.5)), 3),
                Arguments.of("a role-play below fair", List.of(quiz(2, 0.8, true), fact(ACTIVITY, 3, 0.4)), 2),
                Arguments.of("an observation judged sufficient", List.of(quiz(2, 0.8, true), fact(OBSERVATION, 3, 0.6)), 3),
                Arguments.of("an observation of an exercise mapped at level 2 does not show how",
                        List.of(quiz(2, 0.8, true), fact(OBSERVATION, 2, 1.0)), 2),
                Arguments.of("an assessment of daily work on top of shows how",
                        List.of(quiz(2, 0.8, true), fact(ACTIVITY, 3, 0.9), fact(ASSESSMENT, 4, 1.0)), 4),
                Arguments.of("a trainer's assessment at shows how", List.of(quiz(2, 0.8, true), fact(ASSESSMENT, 3, 1.0)), 3),
                Arguments.of("an assessment at shows how is not one of daily work",
                        List.of(quiz(2, 0.8, true), fact(ACTIVITY, 3, 0.9), fact(ASSESSMENT, 3, 1.0)), 3),
                Arguments.of("an assessment alone does not skip the levels below",
                        List.of(fact(ASSESSMENT, 4, 1.0)), 0));
    }

    @ParameterizedTest(name = "{0} -> level {2}")
    @MethodSource("cases")
    void evidenceGivesALevel(String situation, List<EvidenceFact> evidence, int level) {
        assertThat(RULES.standing(evidence).level()).isEqualTo(level);
    }

    @Test
    void theStandingSaysWhichEvidenceMetEachLevel() {
        EvidenceFact knowledge = quiz(1, 0.8, false);
        EvidenceFact caseQuiz = quiz(2, 0.7, true);
        LevelRules.Standing standing = RULES.standing(List.of(knowledge, caseQuiz));
        assertThat(standing.reachedBy()).containsExactly(knowledge, caseQuiz);
        assertThat(RULES.rules(3)).extracting(LevelRules.Rule::source).containsExactly(ACTIVITY, OBSERVATION, ASSESSMENT);
        assertThat(RULES.rules(5)).isEmpty();
        assertThat(RULES.highest()).isEqualTo(4);
    }

    @Test
    void aChangedRuleChangesTheLevelOfTheSameEvidence() {
        LevelRules stricter = read("""
                levels:
                  - level: 1
                    rules:
                      - {source: quiz, minScore: 0.9}
                """);
        List<EvidenceFact> evidence = List.of(quiz(1, 0.8, true));
        assertThat(RULES.standing(evidence).level()).isEqualTo(1);
        assertThat(stricter.standing(evidence).level()).isZero();
    }

    @Test
    void mistakesInTheRulesFileAreExplained() {
        assertThatThrownBy(() -> read("levels: []")).hasMessageContaining("needs 'levels:'");
        assertThatThrownBy(() -> read("levels:\n  - level: 2\n    rules: [{source: quiz}]"))
                .hasMessageContaining("level 1 must say 'level: 1'");
        assertThatThrownBy(() -> read("levels:\n  - level: 1\n    rules: [{source: exam}]"))
                .hasMessageContaining("unknown source 'exam'");
        assertThatThrownBy(() -> read("levels:\n  - level: 1\n    rules: [{source: quiz, minScore: 60}]"))
                .hasMessageContaining("not between 0 and 1");
    }

    private static LevelRules read(String yaml) {
        return LevelRules.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    private static EvidenceFact quiz(int level, double score, boolean passed) {
        return new EvidenceFact("genogram", level, QUIZ, score, passed);
    }

    private static EvidenceFact fact(EvidenceSource source, int level, double score) {
        return new EvidenceFact("genogram", level, source, score, null);
    }
}
