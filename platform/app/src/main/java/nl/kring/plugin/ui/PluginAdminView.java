package nl.kring.plugin.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import nl.kring.base.Roles;
import nl.kring.base.ui.MainLayout;
import nl.kring.plugin.PluginLifecycle;


/**
 * For administrators and trainers: upload a plugin jar, read its report and the changes, install or upgrade it,
 * and enable, disable, export or uninstall installed plugins — all without a restart. The audit log is one tab away.
 */
@Route(value = "admin/plugins", layout = MainLayout.class)
@RolesAllowed({Roles.ADMIN, Roles.TRAINER})
public class PluginAdminView extends VerticalLayout implements HasDynamicTitle {

    public PluginAdminView(PluginLifecycle lifecycle, AuthenticationContext authentication) {
        addClassName("kring-page");
        boolean admin = authentication.hasRole(Roles.ADMIN);
        AuditLogPanel auditLog = new AuditLogPanel(lifecycle);
        InstalledPluginsPanel installed = new InstalledPluginsPanel(lifecycle, auditLog::refresh);
        UploadPanel upload = new UploadPanel(lifecycle, admin, () -> {
            installed.refresh();
            auditLog.refresh();
        });
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("plugins.tab.installed"), new VerticalLayout(upload, installed));
        tabs.add(getTranslation("plugins.tab.audit"), auditLog);
        add(new H2(getTranslation("plugins.title")), new Paragraph(getTranslation("plugins.intro")), tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plugins.title");
    }
}
