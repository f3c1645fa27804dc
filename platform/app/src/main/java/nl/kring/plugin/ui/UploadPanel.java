package nl.kring.plugin.ui;


import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import nl.kring.coursekit.CourseDiff;
import nl.kring.coursekit.Problem;
import nl.kring.plugin.InstallPlan;
import nl.kring.plugin.PluginLifecycle;
import nl.kring.plugin.PluginRejectedException;
import nl.kring.plugin.PluginStatus;

/**
 * Upload a plugin jar, then read what installing it would do — the validation report, the upgrade diff and
 * any reason it cannot go ahead — before confirming. Nothing is installed until the trainer confirms.
 */
class UploadPanel extends Div {

    private final transient PluginLifecycle lifecycle;
    private final boolean admin;
    private final Runnable onInstalled;
    private final Div report = new Div();
    UploadPanel(PluginLifecycle lifecycle, boolean admin, Runnable onInstalled) {
        this.lifecycle = lifecycle;
        this.admin = admin;
        this.onInstalled = onInstalled;
        addClassName("kring-upload-panel");
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        Upload upload = new Upload();
        upload.setUploadHandler(nl.kring.base.ui.LimitedUpload.inMemory(lifecycle.maxUploadBytes(), (metadata, bytes) -> ui.access(() -> {
            review(bytes, metadata.fileName());
            upload.clearFileList();
        })));
        upload.setId("plugin-upload");
        upload.setAcceptedFileTypes(".jar", "application/java-archive", "application/zip");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, lifecycle.maxUploadBytes()));
        upload.setDropLabel(new Span(getTranslation("plugins.upload.drop")));
        upload.addFileRejectedListener(e -> showRejection(getTranslation("plugins.upload.too-large",
                lifecycle.maxUploadBytes() / (1024 * 1024))));
        report.setId("install-report");
        add(new H3(getTranslation("plugins.upload.title")), new Paragraph(getTranslation("plugins.upload.hint")), upload,
                report);
    }

    /** Checks the uploaded bytes and shows the plan; public to the package for tests that upload directly. */
    void review(byte[] jar, String fileName) {
        report.removeAll();
        try {
            show(lifecycle.prepare(jar, fileName));
        } catch (PluginRejectedException rejected) {
            showRejection(rejected.getMessage());
        }
    }

    private void showRejection(String reason) {
        report.removeAll();
        String sentence = reason == null || reason.isEmpty() ? "" : Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ".";
        Div box = new Div(new H4(getTranslation("plugins.upload.rejected")), new Paragraph(sentence));
        box.addClassName("kring-report-error");
        box.setId("upload-rejected");
        report.add(box);
    }

    private void show(InstallPlan plan) {
        String title = plan.pluginId() + " " + plan.version() + " — " + getTranslation("plugins.plan.kind." + plan.kind().name())
                + plan.installedVersion().map(v -> " (" + getTranslation("plugins.plan.installed", v) + ")").orElse("");
        H4 heading = new H4(title);
        heading.setId("plan-title");
        Paragraph signature = new Paragraph(getTranslation("plugins.plan.signature", plan.signature()));
        signature.setId("plan-signature");
        report.add(heading, signature);
        if (plan.problems().isEmpty()) {
            report.add(new Paragraph(getTranslation("plugins.plan.clean")));
        } else {
            UnorderedList problems = new UnorderedList();
            problems.setId("plan-problems");
            for (Problem problem : plan.problems()) {
                ListItem item = new ListItem(problem.toString());
                item.addClassName(problem.isError() ? "kring-problem-error" : "kring-problem-warning");
                problems.add(item);
            }
            report.add(new Paragraph(getTranslation("plugins.plan.problems", plan.problems().stream().filter(Problem::isError).count(),
                    plan.problems().stream().filter(p -> !p.isError()).count())), problems);
        }
        plan.diff().ifPresent(this::showDiff);
        if (!plan.reasons().isEmpty()) {
            UnorderedList blockers = new UnorderedList();
            blockers.setId("plan-blockers");
            plan.reasons().forEach(b -> blockers.add(new ListItem(b)));
            Div box = new Div(new Paragraph(getTranslation("plugins.plan.blocked")), blockers);
            box.addClassName("kring-report-error");
            report.add(box);
        }
        report.add(actions(plan));
    }

    private void showDiff(CourseDiff diff) {
        Paragraph summary = new Paragraph(getTranslation("plugins.plan.diff", diff.fromVersion(), diff.toVersion(),
                diff.of(CourseDiff.Kind.ADDED).size(), diff.of(CourseDiff.Kind.CHANGED).size(), diff.of(CourseDiff.Kind.REMOVED).size()));
        UnorderedList changes = new UnorderedList();
        changes.setId("plan-diff");
        for (CourseDiff.Change change : diff.changes()) {
            ListItem item = new ListItem(getTranslation("plugins.diff." + change.kind().name()) + ": " + change.what() + " " + change.id());
            item.addClassName("kring-diff-" + change.kind().name().toLowerCase());
            changes.add(item);
        }
        report.add(summary, changes);
        if (diff.isEmpty()) {
            report.add(new Paragraph(getTranslation("plugins.plan.no-changes")));
        }
    }

    private HorizontalLayout actions(InstallPlan plan) {
        Button install = new Button(getTranslation(plan.installedVersion().isPresent() ? "plugins.plan.upgrade" : "plugins.plan.install"));
        install.setId("confirm-install");
        install.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        install.setEnabled(plan.canInstall(false));
        Checkbox force = new Checkbox(getTranslation("plugins.plan.force"));
        force.setId("force-downgrade");
        force.setVisible(admin && plan.kind() == InstallPlan.Kind.DOWNGRADE && plan.canInstall(true));
        force.addValueChangeListener(e -> install.setEnabled(plan.canInstall(e.getValue())));
        install.addClickListener(e -> confirm(plan, force.getValue()));
        Button cancel = new Button(getTranslation("plugins.plan.cancel"), e -> report.removeAll());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(install, force, cancel);
    }

    private void confirm(InstallPlan plan, boolean forced) {
        try {
            PluginStatus status = forced ? lifecycle.installForced(plan) : lifecycle.install(plan);
            report.removeAll();
            Notification.show(getTranslation("plugins.installed", status.pluginId(), status.version()), 5000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onInstalled.run();
        } catch (PluginRejectedException rejected) {
            showRejection(rejected.getMessage());
            onInstalled.run();
        }
    }
}
