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

    @TempDir
    Path dir;

    private Path pluginJar() throws Exception {
        Path jar = dir.resolve("plugins/steps-plugin.jar");
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/extensions.idx"));
            out.write(("# PF4J extension index\n" + StepsActivity.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
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
