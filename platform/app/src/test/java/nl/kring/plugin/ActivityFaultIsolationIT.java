package nl.kring.plugin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import nl.kring.catalog.CatalogService;
import nl.kring.support.KaribuSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An installed activity plugin throws in every hook (validate, render, score). The learner sees a friendly message
 * for that activity only, the rest of the course and every other course keep working, and administrators see the
 * failures on the Plugins page.
 */
class ActivityFaultIsolationIT extends KaribuSpringTest {

    private static final String COURSE = "met-kapotte-oefening";

    @Autowired
    CatalogService catalog;

    @Autowired
    PluginGuard guard;

    @Autowired
    PluginLifecycle lifecycle;

    @Test
    void aFailingActivityShowsAFriendlyMessageAndEverythingElseWorks() {
        signIn("daan", Locale.ENGLISH);

        UI.getCurrent().navigate("course/" + COURSE + "/activity/oefening");

        assertThat(_get(H1.class, spec -> spec.withId("activity-title")).getText()).isEqualTo("Activity that fails");
        assertThat(_get(Div.class, spec -> spec.withId("activity-unavailable")).getElement().getTextRecursively())
                .contains("This activity is not available right now");
        assertThat(guard.incidents("activity-throwing")).extracting(PluginGuard.Incident::hook)
                .contains("render " + COURSE + "/oefening", "validate activities/oefening.yaml");

        UI.getCurrent().navigate("course/" + COURSE + "/lesson/les");
        assertThat(_get(H1.class, spec -> spec.withId("lesson-title")).getText()).isEqualTo("A lesson that works");

        UI.getCurrent().navigate("course/naasten-betrekken/lesson/waarom-steun");
        assertThat(_get(H1.class, spec -> spec.withId("lesson-title")).getText()).isEqualTo("Why social support matters");
    }

    @Test
    void scoringThroughAFailingPluginGivesNoResultInsteadOfAnError() {
        signIn("daan", Locale.ENGLISH);

        assertThat(catalog.submitActivity(COURSE, "oefening", Map.of("a", "b"), Locale.ENGLISH)).isEmpty();
        assertThat(guard.incidents("activity-throwing")).first()
                .satisfies(i -> assertThat(i.message()).isEqualTo("IllegalStateException: score always fails in this test plugin"));
    }

    @Test
    void theCoursePageListsTheActivityAndAdministratorsSeeTheFailures() {
        signIn("admin", Locale.ENGLISH);
        UI.getCurrent().navigate("course/" + COURSE);

        assertThat(_find(Anchor.class, spec -> spec.withText("Activity that fails"))).singleElement()
                .satisfies(a -> assertThat(a.getHref()).isEqualTo("course/" + COURSE + "/activity/oefening"));
        UI.getCurrent().navigate("course/" + COURSE + "/activity/oefening");

        assertThat(lifecycle.overview()).filteredOn(o -> o.status().pluginId().equals("activity-throwing")).singleElement()
                .satisfies(o -> {
                    assertThat(o.status().state()).isEqualTo(PluginStatus.State.ACTIVE);
                    assertThat(o.incidents()).extracting(PluginGuard.Incident::message)
                            .contains("IllegalStateException: render always fails in this test plugin");
                });
    }
}
