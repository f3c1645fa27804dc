package nl.kring.roleplay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.kring.api.activity.ActivityBlock;
import nl.kring.api.activity.ActivitySource;
import nl.kring.api.activity.ActivityStep;
import org.junit.jupiter.api.Test;

/**
 * Every role-play in the repository's courses ({@code content/}) passes the plugin's checks and can be played to an
 * end in both languages, always taking the first response: the courses are installed with this plugin, and a
 * scenario it rejects would keep the whole course out.
 */
class BundledScenariosTest {

    private final RolePlayActivityType type = new RolePlayActivityType();

    private static List<Path> scenarios() throws IOException {
        Path content = Path.of("").toAbsolutePath();
        while (content != null && !Files.isDirectory(content.resolve("content"))) {
            content = content.getParent();
        }
        assertThat(content).as("the repository's content/ folder").isNotNull();
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(content.resolve("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml") && f.getParent().endsWith("activities")).toList()) {
                if (Files.readString(file).lines().anyMatch(line -> line.strip().equals("type: role-play"))) {
                    found.add(file);
                }
            }
        }
        return found;
    }

    private static ActivitySource source(Path file) throws IOException {
        return new ActivitySource(file.getParent().getParent().getFileName().toString(), "1.0.0",
                file.getFileName().toString().replace(".yaml", ""), "activities/" + file.getFileName(), Files.readString(file),
                List.of("nl", "en"));
    }

    @Test
    void everyScenarioPassesTheChecks() throws IOException {
        List<Path> files = scenarios();
        assertThat(files).as("the bundled course has role-plays").hasSizeGreaterThanOrEqualTo(3);
        for (Path file : files) {
            assertThat(type.validate(source(file))).as(file.toString()).isEmpty();
        }
    }

    @Test
    void everyScenarioCanBePlayedToAnEndInBothLanguages() throws IOException {
        for (Path file : scenarios()) {
            for (String language : List.of("nl", "en")) {
                ActivitySource source = source(file);
                String state = "";
                ActivityStep step = type.step(source, state, language);
                int moves = 0;
                while (!step.finished()) {
                    assertThat(moves++).as(file + " ends").isLessThan(100);
                    ActivityBlock.Choice choice = step.prompt().stream().filter(ActivityBlock.Choice.class::isInstance)
                            .map(ActivityBlock.Choice.class::cast).findFirst().orElseThrow();
                    Map<String, String> input = new HashMap<>();
                    input.put(choice.id(), choice.options().get(0).id());
                    state = type.move(source, state, input, language);
                    step = type.step(source, state, language);
                }
                assertThat(step.result().orElseThrow().feedbackMarkdown()).as(file + " " + language).isNotBlank();
            }
        }
    }
}
