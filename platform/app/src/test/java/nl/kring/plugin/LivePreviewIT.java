package nl.kring.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import nl.kring.catalog.CatalogService;
import nl.kring.support.TestJars;
import nl.kring.support.TestPlugins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Live preview against a copy of the course folder: saves show up, a broken save keeps the last good version. */
@SpringBootTest
class LivePreviewIT {

    private static final Path CONTENT = copyOfContent();
    private static final Path LESSON = CONTENT.resolve("naasten-betrekken/lessons/02-wat-naasten-doormaken.nl.md");

    @Autowired
    CatalogService catalog;

    @Autowired
    PluginHost host;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestPlugins.isolate(registry, TestPlugins.freshPluginsDir(false));
        registry.add("kring.content.dev", CONTENT::toString);
    }

    @Test
    @WithMockUser(roles = "TRAINER")
    void savesAreShownAndABrokenSaveKeepsTheLastGoodVersion() throws Exception {
        assertThat(catalog.outline("naasten-betrekken", Locale.ENGLISH).orElseThrow().version()).contains("+preview.");

        TestJars.replace(LESSON, "title: \"Wat naasten zelf doormaken\"", "title: \"Wat naasten meemaken\"");
        awaitTrue(() -> title().equals("Wat naasten meemaken"));

        TestJars.replace(LESSON, "module: waarom", "module: nergens");
        awaitTrue(() -> host.statuses().stream().anyMatch(s -> s.state() == PluginStatus.State.FAILED));

        assertThat(title()).isEqualTo("Wat naasten meemaken");
        assertThat(host.statuses()).filteredOn(s -> s.state() == PluginStatus.State.FAILED).singleElement()
                .satisfies(s -> assertThat(s.problem()).contains("live preview keeps the last good version")
                        .contains("lessons/02-wat-naasten-doormaken.nl.md:4: unknown module 'nergens'"));

        TestJars.replace(LESSON, "module: nergens", "module: waarom");
        awaitTrue(() -> host.statuses().stream().noneMatch(s -> s.state() == PluginStatus.State.FAILED));
    }

    private String title() {
        return catalog.lesson("naasten-betrekken", "wat-naasten-doormaken", Locale.forLanguageTag("nl")).orElseThrow().title();
    }

    /** Waits for the file watcher; the bound only keeps a broken build from hanging, it is not a speed check. */
    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("live preview did not pick up the change within 20 s");
            }
            Thread.sleep(50);
        }
    }

    private static Path copyOfContent() {
        try {
            Path content = Files.createTempDirectory("kring-content-");
            TestJars.copyOfCourse("naasten-betrekken", content);
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
