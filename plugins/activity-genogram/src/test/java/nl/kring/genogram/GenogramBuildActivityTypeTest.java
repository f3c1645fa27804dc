package nl.kring.genogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import nl.kring.api.activity.ActivityBlock;
import nl.kring.api.activity.ActivitySource;
import nl.kring.api.activity.ActivityStep;
import org.junit.jupiter.api.Test;

/** The build exercise: an editor to start with, then the learner's genogram checked against the model answer. */
class GenogramBuildActivityTypeTest {

    private final GenogramBuildActivityType type = new GenogramBuildActivityType();

    private static ActivitySource bundled() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("content"))) {
            dir = dir.getParent();
        }
        return new ActivitySource("naasten-betrekken", "1.0.0", "genogram-bouwen", "activities/genogram-bouwen.yaml",
                Files.readString(dir.resolve("content/naasten-betrekken/activities/genogram-bouwen.yaml")), List.of("nl", "en"));
    }

    @Test
    void theLearnerStartsWithTheCaseAndAnEditor() throws IOException {
        assertThat(type.validate(bundled())).isEmpty();
        ActivityStep start = type.step(bundled(), "", "en");

        assertThat(start.finished()).isFalse();
        assertThat(start.prompt()).singleElement().isInstanceOfSatisfying(ActivityBlock.DiagramEditor.class, editor -> {
            assertThat(editor.diagramLanguage()).isEqualTo("genogram");
            assertThat(editor.source()).contains("person joost");
        });
    }

    @Test
    void aCompleteGenogramScoresFullAndAnIncompleteOneGetsSpecificFindings() throws IOException {
        String complete = """
                person joost male "Joost" index substance
                person anouk female "Anouk"
                person ties male "Ties"
                couple joost anouk married
                children joost anouk: ties
                household joost anouk ties
                """;
        ActivityStep full = type.step(bundled(), type.move(bundled(), "", Map.of("genogram", complete), "en"), "en");
        assertThat(full.result().orElseThrow().score()).isEqualTo(1.0);

        String partial = "person joost male \"Joost\" index\nperson anouk female \"Anouk\"\ncouple joost anouk divorced\n";
        ActivityStep checked = type.step(bundled(), type.move(bundled(), "", Map.of("genogram", partial), "nl"), "nl");

        assertThat(checked.result().orElseThrow().score()).isBetween(0.0, 0.7);
        assertThat(checked.result().orElseThrow().feedbackMarkdown()).contains("Wat nog niet klopt", "Ties");
        assertThat(checked.transcript()).anyMatch(ActivityBlock.Picture.class::isInstance);
    }

    @Test
    void aCheckedGenogramIsFinalAndAnEmptyOneIsRefused() throws IOException {
        assertThatThrownBy(() -> type.move(bundled(), "", Map.of("genogram", " "), "en")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> type.move(bundled(), "person a male\n", Map.of("genogram", "x"), "en"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
