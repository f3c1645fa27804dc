package nl.kring.coursekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import nl.kring.api.activity.ActivityProblem;
import nl.kring.api.activity.ActivityResult;
import nl.kring.api.activity.ActivitySource;
import nl.kring.api.activity.ActivityType;
import nl.kring.api.activity.ActivityView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The linter loads activity types from plugin jars and runs their own checks, as Kring does at installation. */
class PluginTypesTest {

    /** An activity type that wants a {@code steps:} key, as a plugin jar would contribute it. */
    public static class StepsActivity implements ActivityType {

        @Override
        public String type() {
            return "steps";
        }

        @Override
        public List<ActivityProblem> validate(ActivitySource activity) {
            List<String> lines = activity.yaml().lines().toList();
            return lines.stream().anyMatch(l -> l.startsWith("steps:")) ? List.of()
                    : List.of(new ActivityProblem(lines.size(), "no steps", "add steps: [...]"));
        }

        @Override
        public ActivityView render(ActivitySource activity, String language) {
            return new ActivityView("", List.of());
        }

        @Override
        public ActivityResult score(ActivitySource activity, Map<String, String> answers, String language) {
            return new ActivityResult(0, "");
        }
    }

    /** A diagram type that finds every line saying "bad", as a genogram plugin finds an unknown person. */
    public static class BoxDiagram implements nl.kring.api.content.DiagramType {

        @Override
        public String language() {
            return "boxes";
        }

        @Override
        public List<nl.kring.api.content.DiagramProblem> check(String source) {
            List<String> lines = source.lines().toList();
            List<nl.kring.api.content.DiagramProblem> problems = new java.util.ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("bad")) {
                    problems.add(new nl.kring.api.content.DiagramProblem(i + 1, "a bad box", null));
                }
            }
            return problems;
        }

        @Override
        public nl.kring.api.content.Diagram render(String source, String language) {
            return new nl.kring.api.content.Diagram("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "boxes", "");
        }
    }

    @TempDir
    Path dir;

    private Path pluginJar() throws Exception {
        Path jar = dir.resolve("plugins/steps-plugin.jar");
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/extensions.idx"));
            out.write(("# PF4J extension index\n" + StepsActivity.class.getName() + "\n" + BoxDiagram.class.getName() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    @Test
    void aPluginsOwnCheckRunsInTheLinterWithTheLine() throws Exception {
        PluginTypes plugins = PluginTypes.load(List.of(pluginJar().getParent()));
        CourseFixture course = new CourseFixture(dir.resolve("course")).write("activities/oefenen.yaml", """
                id: oefenen
                type: steps
                title: {nl: Oefenen, en: Practise}
                module: m1
                """);
        CourseReader reader = new CourseReader(CompetenceFramework.standard(), plugins::activityTypes, plugins::questionTypes,
                nl.kring.api.KringApi.VERSION);

        assertThat(plugins.activityTypes()).containsExactly("steps");
        assertThat(new Linter(reader, plugins).lint(course.root(), Optional.empty()).problems()).extracting(Problem::toString)
                .containsExactly("activities/oefenen.yaml:4: no steps (add steps: [...])");
        course.write("activities/oefenen.yaml", "id: oefenen\ntype: steps\ntitle: {nl: O, en: P}\nmodule: m1\nsteps: [a]\n");
        assertThat(new Linter(reader, plugins).lint(course.root(), Optional.empty()).problems()).isEmpty();
        assertThat(new Linter(reader).lint(course.root(), Optional.empty()).problems()).as("without the plugin's check").isEmpty();
    }

    @Test
    void aDiagramPluginChecksTheCodeBlocksOfLessonsAtTheLessonsOwnLines() throws Exception {
        PluginTypes plugins = PluginTypes.load(List.of(pluginJar()));
        CourseFixture course = new CourseFixture(dir.resolve("course")).replace("lessons/01-intro.nl.md", "En een [volgende",
                "```boxes\ngood\nbad\n```\n\n```\nbad but not a diagram\n```\n\nEn een [volgende");

        List<String> problems = new Linter(new CourseReader(CompetenceFramework.standard()), plugins)
                .lint(course.root(), Optional.empty()).problems().stream().map(Problem::toString).toList();

        int line = Files.readAllLines(course.root().resolve("lessons/01-intro.nl.md")).indexOf("bad") + 1;
        assertThat(problems).containsExactly("lessons/01-intro.nl.md:" + line + ": a bad box");
    }

    @Test
    void fencedBlocksAreFoundWithTheirLanguageAndFirstLine() {
        List<FencedBlocks.Block> blocks = FencedBlocks.of("# Title\n\n```genogram\nperson a\n```\ntext\n~~~~\ncode\n~~~~\n````x\nopen");
        assertThat(blocks).containsExactly(new FencedBlocks.Block("genogram", "person a\n", 4),
                new FencedBlocks.Block("", "code\n", 8), new FencedBlocks.Block("x", "open\n", 11));
    }

    @Test
    void fencedBlocksInACalloutOrAListAreFoundWithoutTheirIndentation() {
        List<FencedBlocks.Block> blocks = FencedBlocks.of("""
                !!! example "Sanne"
                    Her network:

                    ```network-map
                    map sanne female "Sanne"
                      node kevin male family 1
                    ```

                - a list item

                  ```genogram
                  person a male
                  ```
                """);
        assertThat(blocks).containsExactly(
                new FencedBlocks.Block("network-map", "map sanne female \"Sanne\"\n  node kevin male family 1\n", 5),
                new FencedBlocks.Block("genogram", "person a male\n", 12));
    }

    @Test
    void aJarWithoutExtensionsAddsNothingAndAMissingPathIsAnError() throws Exception {
        Path courseJar = dir.resolve("course.jar");
        try (OutputStream out = Files.newOutputStream(courseJar); JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new JarEntry("course/course.yaml"));
            jar.closeEntry();
        }
        assertThat(PluginTypes.load(List.of(courseJar)).activityTypes()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PluginTypes.load(List.of(dir.resolve("nothing.jar"))))
                .hasMessageContaining("no such plugin jar or folder");
    }
}
