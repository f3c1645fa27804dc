package nl.kring.roleplay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import nl.kring.api.activity.ActivityBlock;
import nl.kring.api.activity.ActivityResult;
import org.junit.jupiter.api.Test;

/** A trainer's MITI coding of an observed conversation, scored against hand-computed values. */
class ObservationTest {

    private static Map<String, String> answers(int q, int sr, int cr, int persuade, int cct, int sst, int partnership, int empathy) {
        Map<String, String> answers = new HashMap<>();
        answers.put("count-question", String.valueOf(q));
        answers.put("count-simple-reflection", String.valueOf(sr));
        answers.put("count-complex-reflection", String.valueOf(cr));
        answers.put("count-persuade", String.valueOf(persuade));
        answers.put("global-cultivating-change-talk", String.valueOf(cct));
        answers.put("global-softening-sustain-talk", String.valueOf(sst));
        answers.put("global-partnership", String.valueOf(partnership));
        answers.put("global-empathy", String.valueOf(empathy));
        return answers;
    }

    @Test
    void theFormAsksForEveryCodeAndTheFourGlobals() {
        var form = Observation.form("en");
        assertThat(form.blocks()).filteredOn(ActivityBlock.Number.class::isInstance).hasSize(14);
        assertThat(form.blocks()).filteredOn(ActivityBlock.FreeText.class::isInstance).hasSize(1);
        assertThat(form.introMarkdown()).contains("MITI 4.2.1");
    }

    @Test
    void aGoodConversationScoresFull() {
        // R:Q = (6 + 6) / 6 = 2:1 good; %CR = 6 / 12 = 50 % good; non-adherent 0 good;
        // technical (4 + 4) / 2 = 4 good; relational (4 + 5) / 2 = 4.5 good: mean 1.
        ActivityResult result = Observation.score(answers(6, 6, 6, 0, 4, 4, 4, 5), "en");
        assertThat(result.score()).isEqualTo(1.0);
        assertThat(result.feedbackMarkdown()).contains("| Reflections : questions | 2.0 : 1 | good |", "| % complex reflections | 50% | good |",
                "| Technical global | 4.0 | good |", "| Relational global | 4.5 | good |");
    }

    @Test
    void aMixedConversationIsHeldAgainstEachThreshold() {
        // R:Q = (4 + 1) / 5 = 1:1 fair (0.5); %CR = 1 / 5 = 20 % below fair (0); non-adherent 1 below fair (0);
        // technical (3 + 3) / 2 = 3 fair (0.5); relational (3 + 4) / 2 = 3.5 fair (0.5): mean 1.5 / 5 = 0.3.
        ActivityResult result = Observation.score(answers(5, 4, 1, 1, 3, 3, 3, 4), "nl");
        assertThat(result.score()).isCloseTo(0.3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(result.feedbackMarkdown()).contains("| Technisch globaal | 3.0 | redelijk |", "| Relationeel globaal | 3.5 | redelijk |",
                "| MI-inconsistent (overtuigen, confronteren) | 1 | onder redelijk |");
    }

    @Test
    void missingGlobalsAndImpossibleCountsAreRefusedWithTheFieldsName() {
        Map<String, String> noEmpathy = answers(1, 1, 1, 0, 3, 3, 3, 3);
        noEmpathy.remove("global-empathy");
        assertThatThrownBy(() -> Observation.score(noEmpathy, "en")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Fill in 'Empathy' (1 to 5).");
        Map<String, String> negative = answers(1, 1, 1, 0, 3, 3, 3, 3);
        negative.put("count-question", "-2");
        assertThatThrownBy(() -> Observation.score(negative, "nl")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'Vraag' moet een heel getal van 0 tot en met 500 zijn.");
    }
}
