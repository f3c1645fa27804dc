package nl.kring.roleplay;

import static nl.kring.roleplay.Code.AFFIRM;
import static nl.kring.roleplay.Code.COMPLEX_REFLECTION;
import static nl.kring.roleplay.Code.CONFRONT;
import static nl.kring.roleplay.Code.EMPHASISING_AUTONOMY;
import static nl.kring.roleplay.Code.GIVING_INFORMATION;
import static nl.kring.roleplay.Code.PERSUADE;
import static nl.kring.roleplay.Code.PERSUADE_WITH_PERMISSION;
import static nl.kring.roleplay.Code.QUESTION;
import static nl.kring.roleplay.Code.SEEKING_COLLABORATION;
import static nl.kring.roleplay.Code.SIMPLE_REFLECTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import nl.kring.roleplay.MitiScores.Level;
import nl.kring.roleplay.MitiScores.Measure;
import org.junit.jupiter.api.Test;

/** Every expected number below is worked out by hand from the MITI 4.2.1 formulas. */
class MitiScoresTest {

    private static MitiScores scores(Code... codes) {
        return MitiScores.of(List.of(codes), MitiScores.ClientTalk.NONE);
    }

    private static List<Code> times(int count, Code code) {
        return Collections.nCopies(count, code);
    }

    private static MitiScores scores(int simple, int complex, int questions) {
        List<Code> codes = new ArrayList<>();
        codes.addAll(times(simple, SIMPLE_REFLECTION));
        codes.addAll(times(complex, COMPLEX_REFLECTION));
        codes.addAll(times(questions, QUESTION));
        return MitiScores.of(codes, MitiScores.ClientTalk.NONE);
    }

    @Test
    void aMixedConversation() {
        // Q 2, SR 1, CR 3, AF 1, Seek 1, Persuade 1:
        // R:Q = (1 + 3) / 2 = 2.0 (good); %CR = 3 / 4 = 75 % (good); adherent = 1 + 1 + 0 = 2; non-adherent = 1 (below fair)
        // score = (1 + 1 + 0) / 3
        MitiScores scores = scores(QUESTION, SIMPLE_REFLECTION, COMPLEX_REFLECTION, QUESTION, COMPLEX_REFLECTION, AFFIRM,
                COMPLEX_REFLECTION, SEEKING_COLLABORATION, PERSUADE);

        assertThat(scores.responses()).isEqualTo(9);
        assertThat(scores.reflections()).isEqualTo(4);
        assertThat(scores.questions()).isEqualTo(2);
        assertThat(scores.reflectionToQuestion()).hasValue(2.0);
        assertThat(scores.reflectionToQuestionLevel()).isEqualTo(Level.GOOD);
        assertThat(scores.percentComplex()).hasValue(0.75);
        assertThat(scores.percentComplexLevel()).contains(Level.GOOD);
        assertThat(scores.adherent()).isEqualTo(2);
        assertThat(scores.nonAdherent()).isEqualTo(1);
        assertThat(scores.nonAdherentLevel()).isEqualTo(Level.BELOW_FAIR);
        assertThat(scores.score()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(scores.weakest()).contains(Measure.NON_ADHERENT);
    }

    @Test
    void manyQuestionsFewComplexReflections() {
        // Q 3, SR 2, CR 1: R:Q = 3 / 3 = 1.0 (fair); %CR = 1 / 3 = 33 % (below fair); non-adherent 0 (good)
        // score = (0.5 + 0 + 1) / 3 = 0.5; weakest: %CR
        MitiScores scores = scores(2, 1, 3);

        assertThat(scores.reflectionToQuestion()).hasValue(1.0);
        assertThat(scores.reflectionToQuestionLevel()).isEqualTo(Level.FAIR);
        assertThat(scores.percentComplex().getAsDouble()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(scores.percentComplexLevel()).contains(Level.BELOW_FAIR);
        assertThat(scores.nonAdherentLevel()).isEqualTo(Level.GOOD);
        assertThat(scores.score()).isEqualTo(0.5);
        assertThat(scores.weakest()).contains(Measure.PERCENT_COMPLEX);
    }

    @Test
    void reflectionToQuestionThresholdsAreOneAndTwoToOne() {
        assertThat(scores(1, 0, 2).reflectionToQuestion()).hasValue(0.5);
        assertThat(scores(1, 0, 2).reflectionToQuestionLevel()).isEqualTo(Level.BELOW_FAIR);
        assertThat(scores(2, 0, 2).reflectionToQuestionLevel()).isEqualTo(Level.FAIR);   // 1:1
        assertThat(scores(3, 0, 2).reflectionToQuestion()).hasValue(1.5);
        assertThat(scores(3, 0, 2).reflectionToQuestionLevel()).isEqualTo(Level.FAIR);
        assertThat(scores(4, 0, 2).reflectionToQuestionLevel()).isEqualTo(Level.GOOD);   // 2:1
    }

    @Test
    void percentComplexThresholdsAreFortyAndFiftyPercent() {
        assertThat(scores(5, 3, 0).percentComplex()).hasValue(0.375);
        assertThat(scores(5, 3, 0).percentComplexLevel()).contains(Level.BELOW_FAIR);   // 37.5 %
        assertThat(scores(3, 2, 0).percentComplex()).hasValue(0.4);
        assertThat(scores(3, 2, 0).percentComplexLevel()).contains(Level.FAIR);         // exactly 40 %
        assertThat(scores(5, 4, 0).percentComplexLevel()).contains(Level.FAIR);         // 44 %
        assertThat(scores(1, 1, 0).percentComplexLevel()).contains(Level.GOOD);         // exactly 50 %
    }

    @Test
    void adherentAndNonAdherentCountOnlyTheirCodes() {
        // adherent = affirm + seeking collaboration + emphasising autonomy = 1 + 1 + 2 = 4
        // non-adherent = persuade + confront = 1 + 2 = 3; giving information and persuade with permission count in neither
        MitiScores scores = scores(AFFIRM, SEEKING_COLLABORATION, EMPHASISING_AUTONOMY, EMPHASISING_AUTONOMY, PERSUADE,
                CONFRONT, CONFRONT, GIVING_INFORMATION, PERSUADE_WITH_PERMISSION);

        assertThat(scores.adherent()).isEqualTo(4);
        assertThat(scores.nonAdherent()).isEqualTo(3);
        assertThat(scores.count(PERSUADE_WITH_PERMISSION)).isEqualTo(1);
        assertThat(scores.counts()).containsEntry(CONFRONT, 2).doesNotContainKey(QUESTION);
    }

    @Test
    void noQuestionsLeaveRqUndefinedButReflectionsCountAsGood() {
        // R = 2, Q = 0: R:Q undefined, level good; %CR = 1 / 2 (good); non-adherent 0: score (1 + 1 + 1) / 3 = 1
        MitiScores scores = scores(1, 1, 0);

        assertThat(scores.reflectionToQuestion()).isEmpty();
        assertThat(scores.reflectionToQuestionLevel()).isEqualTo(Level.GOOD);
        assertThat(scores.score()).isEqualTo(1.0);
        assertThat(scores.weakest()).isEmpty();
    }

    @Test
    void noReflectionsLeavePercentComplexUndefinedAndOutOfTheScore() {
        // Q 2, R 0: R:Q = 0 / 2 = 0 (below fair), %CR undefined (not counted), non-adherent 0 (good): score (0 + 1) / 2
        MitiScores scores = scores(0, 0, 2);

        assertThat(scores.reflectionToQuestion()).hasValue(0.0);
        assertThat(scores.percentComplex()).isEmpty();
        assertThat(scores.percentComplexLevel()).isEmpty();
        assertThat(scores.levels()).containsOnlyKeys(Measure.NON_ADHERENT, Measure.REFLECTION_TO_QUESTION);
        assertThat(scores.score()).isEqualTo(0.5);
        assertThat(scores.weakest()).contains(Measure.REFLECTION_TO_QUESTION);
    }

    @Test
    void neitherQuestionsNorReflectionsCountAsBelowFair() {
        // only giving information: R:Q undefined and below fair, %CR undefined, non-adherent 0: score (0 + 1) / 2
        MitiScores scores = scores(GIVING_INFORMATION, AFFIRM);

        assertThat(scores.reflectionToQuestion()).isEmpty();
        assertThat(scores.reflectionToQuestionLevel()).isEqualTo(Level.BELOW_FAIR);
        assertThat(scores.score()).isEqualTo(0.5);
    }

    @Test
    void tiesGoToNonAdherentFirst() {
        // confront + persuade + question: R:Q 0 (below), non-adherent 2 (below), %CR undefined: score 0
        MitiScores scores = scores(CONFRONT, QUESTION, PERSUADE);

        assertThat(scores.score()).isZero();
        assertThat(scores.weakest()).contains(Measure.NON_ADHERENT);
    }

    @Test
    void noResponsesScoreZero() {
        MitiScores scores = scores();

        assertThat(scores.responses()).isZero();
        assertThat(scores.levels()).isEmpty();
        assertThat(scores.score()).isZero();
        assertThat(scores.weakest()).isEmpty();
    }

    @Test
    void clientTalkAddsLinesAndEffectsAndNeverGoesBelowZero() {
        // change 3 lines + 1 effect = 4; sustain 2 lines + 0 = 2; discord 0 lines - 1 effect = -1, shown as 0
        MitiScores.ClientTalk talk = new MitiScores.ClientTalk(3, 2, 0, 1, 0, -1);

        assertThat(talk.changeTalk()).isEqualTo(4);
        assertThat(talk.sustainTalk()).isEqualTo(2);
        assertThat(talk.discord()).isZero();
        assertThat(MitiScores.of(List.of(COMPLEX_REFLECTION), talk).clientTalk()).isEqualTo(talk);
    }

    @Test
    void countsAreCopiedWithoutZeros() {
        MitiScores scores = new MitiScores(Map.of(QUESTION, 0, AFFIRM, 2), MitiScores.ClientTalk.NONE);

        assertThat(scores.counts()).containsOnlyKeys(AFFIRM);
        assertThat(scores.responses()).isEqualTo(2);
    }
}
