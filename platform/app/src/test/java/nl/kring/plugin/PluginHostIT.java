package nl.kring.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.kring.api.KringApi;
import nl.kring.support.TestPlugins;
import org.junit.jupiter.api.Test;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Starts Kring with real plugin jars built by the reactor: the bundled course, a course whose lesson is broken,
 * a course that needs a future platform API, a file that is not a jar at all, an activity plugin that throws in
 * every hook and a course using it (installed: its plugin's checks failing is only a warning).
 */
@SpringBootTest
class PluginHostIT {

    private static final Path PLUGINS = TestPlugins.freshPluginsDir(true);

    @Autowired
    PluginHost host;

    @Autowired
    PluginManager pluginManager;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestPlugins.isolate(registry, PLUGINS);
    }

    @Test
    void theGoodCourseIsActiveAndEveryBadJarIsReportedWithItsReason() {
        Map<String, PluginStatus> statuses = host.statuses().stream()
                .collect(Collectors.toMap(PluginStatus::pluginId, Function.identity()));

        assertThat(statuses).hasSize(TestPlugins.bundledPluginIds().size() + 5);
        assertThat(statuses.get("activity-worksheet").state()).isEqualTo(PluginStatus.State.ACTIVE);
        assertThat(statuses.get("activity-roleplay").state()).isEqualTo(PluginStatus.State.ACTIVE);
        assertThat(statuses.get("activity-genogram").state()).isEqualTo(PluginStatus.State.ACTIVE);
        assertThat(statuses.get("course-naasten-betrekken").state()).isEqualTo(PluginStatus.State.ACTIVE);
        assertThat(statuses.get("activity-throwing").state()).isEqualTo(PluginStatus.State.ACTIVE);
        assertThat(statuses.get("course-met-kapotte-oefening").state()).isEqualTo(PluginStatus.State.ACTIVE);
        assertThat(statuses.get("course-future-platform").problem())
                .contains("course.yaml:4: requires '>=99.0.0' but this Kring offers plugin API " + KringApi.VERSION);
        assertThat(statuses.get("course-broken-lesson").problem())
                .contains("lessons/01-kapot.nl.md:").contains("YAML syntax");
        assertThat(statuses.get("not-a-zip.jar").problem()).isEqualTo("the file is not a jar (no entries)");
        assertThat(statuses.values()).filteredOn(s -> s.state() == PluginStatus.State.FAILED).extracting(PluginStatus::pluginId)
                .containsExactlyInAnyOrder("course-future-platform", "course-broken-lesson", "not-a-zip.jar");
    }

    @Test
    void failedPluginsAreNotLeftLoadedInPf4j() {
        List<String> good = TestPlugins.workingPluginIdsWithFixtures();
        assertThat(good).contains("course-naasten-betrekken", "activity-worksheet", "activity-roleplay", "activity-genogram");
        assertThat(pluginManager.getPlugins()).extracting(p -> p.getPluginId()).containsExactlyInAnyOrderElementsOf(good);
        assertThat(pluginManager.getPlugins()).allSatisfy(p -> assertThat(p.getPluginState()).isEqualTo(PluginState.STARTED));
    }

    @Test
    @WithMockUser(roles = "LEARNER")
    void onlyTheGoodCoursesReachTheCatalog() {
        List<InstalledCourse> courses = host.courses();

        List<String> good = new java.util.ArrayList<>(TestPlugins.bundledCourseIds());
        good.add("met-kapotte-oefening");
        assertThat(courses).extracting(InstalledCourse::courseId).containsExactlyInAnyOrderElementsOf(good)
                .contains("naasten-betrekken", "craft", "naasten-familiegesprek");
        assertThat(courses).filteredOn(c -> c.courseId().equals("naasten-betrekken")).singleElement()
                .satisfies(c -> assertThat(c.course().lessons()).hasSizeGreaterThanOrEqualTo(3));
    }
}
