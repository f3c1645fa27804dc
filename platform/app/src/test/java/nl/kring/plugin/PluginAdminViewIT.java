package nl.kring.plugin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import nl.kring.plugin.ui.PluginAdminView;
import nl.kring.support.KaribuSpringTest;
import nl.kring.support.TestPlugins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class PluginAdminViewIT extends KaribuSpringTest {

    @Autowired
    PluginLifecycle lifecycle;

    @Test
    void anAdministratorSeesWhichPluginsFailedAndWhy() {
        signIn("admin", Locale.ENGLISH);
        UI.getCurrent().navigate(PluginAdminView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withId("plugin-summary")).getText())
                .isEqualTo((TestPlugins.bundledPluginIds().size() + 2) + " active, 0 disabled, 3 failed");
        @SuppressWarnings("unchecked")
        Grid<PluginOverview> grid = _get(Grid.class, spec -> spec.withId("plugin-grid"));
        List<PluginStatus> rows = IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).status()).toList();
        assertThat(rows).filteredOn(s -> s.state() == PluginStatus.State.FAILED)
                .extracting(PluginStatus::pluginId)
                .containsExactlyInAnyOrder("course-broken-lesson", "course-future-platform", "not-a-zip.jar");
        List<String> good = TestPlugins.workingPluginIdsWithFixtures();
        assertThat(rows).filteredOn(s -> s.state() == PluginStatus.State.ACTIVE).extracting(PluginStatus::pluginId)
                .containsExactlyInAnyOrderElementsOf(good).contains("course-naasten-betrekken", "activity-worksheet");
    }

    @Test
    void aLearnerCannotOpenThePluginPageNorCallTheService() {
        signIn("daan", Locale.ENGLISH);

        // Vaadin refuses the page (AccessDeniedView logs it and shows "not found"); Karibu reports that as an error.
        assertThatThrownBy(() -> {
            UI.getCurrent().navigate(PluginAdminView.class);
            _find(Grid.class);
        }).hasStackTraceContaining("Access is denied");
        assertThatThrownBy(lifecycle::overview).isInstanceOf(AccessDeniedException.class);
    }
}
