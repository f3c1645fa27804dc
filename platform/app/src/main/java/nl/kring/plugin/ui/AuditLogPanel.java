package nl.kring.plugin.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import nl.kring.plugin.PluginAuditRecord;
import nl.kring.plugin.PluginLifecycle;

/** Who installed, upgraded, enabled, disabled or uninstalled what, and when; refused uploads too. */
class AuditLogPanel extends Div {

    static final int SHOWN = 200;
    private final transient PluginLifecycle lifecycle;
    private final Grid<PluginAuditRecord> grid = new Grid<>();

    AuditLogPanel(PluginLifecycle lifecycle) {
        this.lifecycle = lifecycle;
        setWidthFull();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.setId("audit-grid");
        grid.addColumn(r -> format.format(r.at())).setHeader(getTranslation("audit.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PluginAuditRecord::actor).setHeader(getTranslation("audit.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("audit.action." + r.action().name())).setHeader(getTranslation("audit.action"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PluginAuditRecord::pluginId).setHeader(getTranslation("plugins.id")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.version() == null ? "" : r.version()).setHeader(getTranslation("plugins.version"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.detail() == null ? "" : r.detail()).setHeader(getTranslation("plugins.details")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        add(new Paragraph(getTranslation("audit.intro", SHOWN)), grid);
        refresh();
    }

    void refresh() {
        grid.setItems(lifecycle.auditLog(SHOWN));
    }
}
