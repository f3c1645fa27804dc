package nl.kring.plugin.ui;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.StreamResource;
import nl.kring.base.ui.Badges;
import nl.kring.base.ui.Confirmations;
import nl.kring.plugin.PluginGuard;
import nl.kring.plugin.PluginLifecycle;
import nl.kring.plugin.PluginOverview;
import nl.kring.plugin.PluginRejectedException;
import nl.kring.plugin.PluginStatus;

/** Every plugin with its state and the reason when it failed; enable, disable, export or uninstall it. */
class InstalledPluginsPanel extends Div {

    private final transient PluginLifecycle lifecycle;
    private final Runnable onChange;
    private final Grid<PluginOverview> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();

    InstalledPluginsPanel(PluginLifecycle lifecycle, Runnable onChange) {
        this.lifecycle = lifecycle;
        this.onChange = onChange;
        setWidthFull();
        summary.setId("plugin-summary");
        grid.setId("plugin-grid");
        grid.addComponentColumn(this::state).setHeader(getTranslation("plugins.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> o.status().pluginId()).setHeader(getTranslation("plugins.id")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> o.status().version()).setHeader(getTranslation("plugins.version")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::details).setHeader(getTranslation("plugins.details")).setFlexGrow(1).setWidth("16rem");
        grid.addColumn(this::installed).setHeader(getTranslation("plugins.installed-by")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("plugins.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("plugins.installed-title")), summary, grid);
        refresh();
    }

    void refresh() {
        List<PluginOverview> plugins = lifecycle.overview();
        grid.setItems(plugins);
        summary.setText(getTranslation("plugins.summary", count(plugins, PluginStatus.State.ACTIVE),
                count(plugins, PluginStatus.State.DISABLED), count(plugins, PluginStatus.State.FAILED)));
    }

    private static long count(List<PluginOverview> plugins, PluginStatus.State state) {
        return plugins.stream().filter(p -> p.status().state() == state).count();
    }

    private Span state(PluginOverview plugin) {
        return switch (plugin.status().state()) {
            case ACTIVE -> Badges.status(getTranslation("plugins.active"), "success");
            case DISABLED -> Badges.status(getTranslation("plugins.disabled"), "contrast");
            case FAILED -> Badges.status(getTranslation("plugins.failed"), "error");
        };
    }

    private Component details(PluginOverview plugin) {
        PluginStatus status = plugin.status();
        Span text = new Span(status.state() == PluginStatus.State.FAILED ? status.problem() : status.title());
        if (status.state() == PluginStatus.State.FAILED) {
            text.addClassName("kring-plugin-problem");
        }
        if (plugin.incidents().isEmpty()) {
            return text;
        }
        PluginGuard.Incident last = plugin.incidents().get(0);
        Span incidents = new Span(getTranslation("plugins.incidents", plugin.incidents().size(), last.hook(), last.message()));
        incidents.addClassName("kring-plugin-problem");
        incidents.getElement().setAttribute("data-incidents", String.valueOf(plugin.incidents().size()));
        return new Div(text, new Div(incidents));
    }

    private String installed(PluginOverview plugin) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        return plugin.installedAt().map(at -> plugin.installedBy().orElse("") + ", " + format.format(at)).orElse("");
    }

    private Component actions(PluginOverview plugin) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (!plugin.installed()) {
            return actions;
        }
        String id = plugin.status().pluginId();
        boolean disabled = plugin.status().state() == PluginStatus.State.DISABLED;
        Button toggle = new Button(getTranslation(disabled ? "plugins.enable" : "plugins.disable"),
                e -> run(() -> {
                    if (disabled) {
                        lifecycle.enable(id);
                    } else {
                        lifecycle.disable(id);
                    }
                }, disabled ? "plugins.enabled" : "plugins.disabled-done", id));
        toggle.setId((disabled ? "enable-" : "disable-") + id);
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);

        StreamResource jar = new StreamResource(id + "-" + plugin.status().version() + ".jar",
                () -> new ByteArrayInputStream(lifecycle.export(id)));
        jar.setContentType("application/java-archive");
        Anchor export = new Anchor(jar, "");
        export.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("plugins.export")));
        export.getElement().setAttribute("download", true);
        export.setId("export-" + id);
        export.addClassName("kring-export");

        Button uninstall = new Button(getTranslation("plugins.uninstall"), e -> confirmUninstall(id));
        uninstall.setId("uninstall-" + id);
        uninstall.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        actions.add(toggle, export, uninstall);
        actions.setAlignItems(HorizontalLayout.Alignment.CENTER);
        return actions;
    }

    private void confirmUninstall(String id) {
        Confirmations.destructive("confirm-uninstall", getTranslation("plugins.uninstall.title", id),
                getTranslation("plugins.uninstall.text"), getTranslation("plugins.uninstall"),
                getTranslation("plugins.plan.cancel"), () -> run(() -> lifecycle.uninstall(id), "plugins.uninstalled", id));
    }

    private void run(Runnable action, String doneKey, String id) {
        try {
            action.run();
            Notification.show(getTranslation(doneKey, id), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (PluginRejectedException refused) {
            Notification.show(refused.getMessage(), 8000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
        onChange.run();
    }
}
