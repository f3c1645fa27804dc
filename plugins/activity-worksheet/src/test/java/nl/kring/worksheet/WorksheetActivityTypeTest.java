package nl.kring.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nl.kring.api.activity.ActivityBlock;
import nl.kring.api.activity.ActivityResult;
import nl.kring.api.activity.ActivitySource;
import nl.kring.api.activity.ActivityView;
import org.junit.jupiter.api.Test;

class WorksheetActivityTypeTest {

    private static final String YAML = """
            id: analyse
            type: worksheet
            title: {nl: Analyse, en: Analysis}
            module: m1
            intro: {nl: "Vul in.", en: "Fill in."}
            case: {nl: "Karim drinkt na ruzie.", en: "Karim drinks after an argument."}
            fields:
              - id: trigger
                label: {nl: Aanleiding, en: Trigger}
                expect: {nl: [ruzie|conflict, "vrijdag"], en: [argument|conflict, friday]}
                model: {nl: "Ruzie op vrijdag.", en: "An argument on Friday."}
              - id: gevolg
                label: {nl: Gevolg, en: Consequence}
            """;
    private final WorksheetActivityType worksheet = new WorksheetActivityType();

    private static ActivitySource source(String yaml) {
        return new ActivitySource("c", "1.0.0", "analyse", "activities/analyse.yaml", yaml, List.of("nl", "en"));
    }

    @Test
    void aCompleteWorksheetHasNoProblems() {
        assertThat(worksheet.validate(source(YAML))).isEmpty();
    }

    @Test
    void problemsCarryTheirLine() {
        String broken = YAML.replace("    label: {nl: Gevolg, en: Consequence}", "    label: {nl: Gevolg}\n    hint: x");

        assertThat(worksheet.validate(source(broken))).extracting(p -> p.line() + ": " + p.message()).containsExactlyInAnyOrder(
                "13: 'label' has no text for language 'en'", "14: unknown field key 'hint'");
    }

    @Test
    void rendersTheCaseAndOneTextFieldPerField() {
        ActivityView view = worksheet.render(source(YAML), "en");

        assertThat(view.introMarkdown()).isEqualTo("Fill in.");
        assertThat(view.blocks()).containsExactly(new ActivityBlock.Text("Karim drinks after an argument."),
                new ActivityBlock.FreeText("trigger", "Trigger"), new ActivityBlock.FreeText("gevolg", "Consequence"));
    }

    @Test
    void scoresKeyPointsIgnoringCaseAccentsAndAlternatives() {
        ActivityResult result = worksheet.score(source(YAML), Map.of("trigger", "Een CONFLICT thuis", "gevolg", "Hij drinkt"), "nl");

        assertThat(result.score()).isEqualTo((0.5 + 1.0) / 2);
        assertThat(result.feedbackMarkdown()).contains("Je noemde: ruzie.").contains("Denk ook aan: vrijdag.")
                .contains("**Voorbeeldantwoord.** Ruzie op vrijdag.");
    }

    @Test
    void emptyAnswersScoreZeroAndSaySo() {
        ActivityResult result = worksheet.score(source(YAML), Map.of(), "en");

        assertThat(result.score()).isZero();
        assertThat(result.feedbackMarkdown()).contains("You left this field empty.").contains("Also think of: argument, friday.");
    }

    @Test
    void normalisesAccents() {
        assertThat(WorksheetScorer.normalize("Geïrriteerd  ÉN  moe")).isEqualTo("geirriteerd en moe");
    }
}
