package nl.kring.genogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import nl.kring.api.activity.ActivityBlock;
import nl.kring.api.activity.ActivityResult;
import nl.kring.api.activity.ActivitySource;
import nl.kring.api.activity.ActivityView;
import org.junit.jupiter.api.Test;

/** The read exercise: checked with lines, shown as a picture with questions, scored per question with feedback. */
class GenogramReadActivityTypeTest {

    private final GenogramReadActivityType type = new GenogramReadActivityType();

    private static ActivitySource bundled() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("content"))) {
            dir = dir.getParent();
        }
        Path file = dir.resolve("content/naasten-betrekken/activities/genogram-lezen.yaml");
        return new ActivitySource("naasten-betrekken", "1.0.0", "genogram-lezen", "activities/genogram-lezen.yaml",
                Files.readString(file), List.of("nl", "en"));
    }

    @Test
    void theBundledExerciseIsValidAndShowsThePictureAndTheQuestions() throws IOException {
        ActivitySource source = bundled();
        assertThat(type.validate(source)).isEmpty();

        ActivityView view = type.render(source, "en");

        assertThat(view.blocks().get(0)).isInstanceOfSatisfying(ActivityBlock.Picture.class, picture -> {
            assertThat(picture.diagramLanguage()).isEqualTo("genogram");
            assertThat(Genograms.render(picture.source(), "en").ok()).isTrue();
        });
        assertThat(view.blocks()).filteredOn(ActivityBlock.Choice.class::isInstance).hasSize(3);
    }

    @Test
    void eachQuestionCountsAndTheFeedbackExplainsTheAnswerGiven() throws IOException {
        ActivityResult result = type.score(bundled(), Map.of("generaties", "drie", "herstel", "overleden", "steun", "lisa"), "nl");

        assertThat(result.score()).isEqualTo(2.0 / 3);
        assertThat(result.feedbackMarkdown()).contains("Goed: Drie", "Niet goed. Het juiste antwoord: Hij heeft problemen gehad",
                "alleen opa Wim heeft een kruis");
        assertThat(type.score(bundled(), Map.of(), "en").score()).as("no answers").isZero();
    }

    @Test
    void mistakesAreReportedAtTheirLineIncludingThoseInTheGenogram() {
        String yaml = """
                id: lezen
                type: genogram-read
                title: {nl: L, en: R}
                module: m1
                genogram: |
                  person a male "A" index
                  relation a b close
                questions:
                  - id: q
                    text: {nl: V, en: Q}
                    options:
                      - {id: x, text: {nl: X, en: X}, correct: true}
                      - {id: y, text: {nl: Y, en: Y}, correct: true}
                """;

        assertThat(type.validate(new ActivitySource("c", "1", "lezen", "activities/lezen.yaml", yaml, List.of("nl", "en"))))
                .extracting(p -> p.line() + ": " + p.message())
                .anySatisfy(p -> assertThat(p).startsWith("7: ").contains("'b'"))
                .contains("9: question 'q' needs two or more options with exactly one correct: true");
    }
}
