package nl.kring.plugin.ui;

import java.util.List;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kring.base.Roles;
import nl.kring.base.ui.Badges;
import nl.kring.base.ui.MainLayout;
import nl.kring.plugin.PluginHost;
import nl.kring.plugin.PluginStatus;

/** For administrators and trainers: every plugin jar, whether it is active, and why not when it failed. */
@Route(value = "admin/plugins", layout = MainLayout.class)
@RolesAllowed({Roles.ADMIN, Roles.TRAINER})
public class PluginAdminView extends VerticalLayout implements HasDynamicTitle {

    public PluginAdminView(PluginHost host) {
        addClassName("kring-page");
        List<PluginStatus> statuses = host.statuses();
        long failed = statuses.stream().filter(s -> s.state() == PluginStatus.State.FAILED).count();
        Paragraph summary = new Paragraph(getTranslation("plugins.summary", statuses.size() - failed, failed));
        summary.setId("plugin-summary");

        Grid<PluginStatus> grid = new Grid<>();
        grid.setId("plugin-grid");
        grid.addComponentColumn(this::state).setHeader(getTranslation("plugins.state")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.CENTER);
        grid.addColumn(PluginStatus::pluginId).setHeader(getTranslation("plugins.id")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PluginStatus::version).setHeader(getTranslation("plugins.version")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.file().getFileName().toString()).setHeader(getTranslation("plugins.file")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::details).setHeader(getTranslation("plugins.details")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(statuses);
        grid.setAllRowsVisible(true);

        add(new H2(getTranslation("plugins.title")), new Paragraph(getTranslation("plugins.intro")), summary, grid);
    }

    private Span state(PluginStatus status) {
        boolean active = status.state() == PluginStatus.State.ACTIVE;
        return Badges.status(getTranslation(active ? "plugins.active" : "plugins.failed"), active ? "success" : "error");
    }

    private Span details(PluginStatus status) {
        Span text = new Span(status.state() == PluginStatus.State.ACTIVE ? status.title() : status.problem());
        if (status.state() == PluginStatus.State.FAILED) {
            text.addClassName("kring-plugin-problem");
        }
        return text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plugins.title");
    }
}
