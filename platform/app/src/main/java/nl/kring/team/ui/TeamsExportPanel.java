package nl.kring.team.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import nl.kring.team.ExportProgress;
import nl.kring.team.TeamWorkbook;
import nl.kring.team.TeamsExport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports all the teams the user may see (a department's, for an administrator) in one file. That takes seconds for
 * a large organisation, so it runs in the background: a progress bar says which team is being read or written, it
 * can be cancelled, leaving the page cancels it, and the finished file is offered as a download link.
 */
class TeamsExportPanel extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(TeamsExportPanel.class);

    private final transient TeamsExport export;
    private final ComboBox<String> department = new ComboBox<>();
    private final Paragraph extent = new Paragraph();
    private final List<Button> formats;
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span status = new Span();
    private final Button cancel = new Button();
    private final Div progress = new Div();
    private final Div result = new Div();
    private transient AtomicBoolean running;

    TeamsExportPanel(TeamsExport export, TeamWorkbook.Labels labels) {
        this.export = export;
        setId("teams-export");
        addClassName("kring-teams-export");
        extent.addClassName("kring-muted");
        List<String> departments = export.departments();
        department.setLabel(getTranslation("teams-export.department"));
        department.setItems(departments);
        department.setPlaceholder(getTranslation("teams-export.all-departments"));
        department.setClearButtonVisible(true);
        department.setVisible(!departments.isEmpty());
        department.setId("teams-export-department");
        department.addValueChangeListener(e -> showExtent());
        formats = List.of(format(TeamsExport.Format.XLSX, "teams-export-xlsx", "team.export-xlsx", labels),
                format(TeamsExport.Format.MATRIX_CSV, "teams-export-matrix", "team.export-matrix", labels),
                format(TeamsExport.Format.CERTIFICATES_CSV, "teams-export-certificates", "team.export-certificates", labels));
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        formats.forEach(buttons::add);
        bar.setId("teams-export-bar");
        status.setId("teams-export-status");
        bar.getElement().setAttribute("aria-labelledby", "teams-export-status");
        cancel.setText(getTranslation("teams-export.cancel"));
        cancel.setId("teams-export-cancel");
        cancel.addClickListener(e -> {
            if (running != null) {
                running.set(true);
            }
        });
        progress.add(status, bar, cancel);
        progress.addClassName("kring-export-progress");
        progress.setVisible(false);
        result.setId("teams-export-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(new H3(getTranslation("teams-export.title")), extent, department, buttons, progress, result);
        showExtent();
    }

    private Button format(TeamsExport.Format format, String id, String label, TeamWorkbook.Labels labels) {
        Button button = new Button(getTranslation(label), VaadinIcon.DOWNLOAD_ALT.create(), e -> start(format, labels));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        return button;
    }

    private void showExtent() {
        TeamsExport.Extent covered = export.extent(department.getValue());
        extent.setText(getTranslation("teams-export.extent", covered.teams(), covered.members()));
    }

    private void start(TeamsExport.Format format, TeamWorkbook.Labels labels) {
        UI ui = UI.getCurrent();
        AtomicBoolean cancelled = new AtomicBoolean();
        running = cancelled;
        formats.forEach(b -> b.setEnabled(false));
        department.setEnabled(false);
        result.removeAll();
        bar.setIndeterminate(true);
        status.setText(getTranslation("teams-export.starting"));
        progress.setVisible(true);
        Locale locale = getLocale();
        ExportProgress watch = (phase, team, done, total) -> {
            if (cancelled.get()) {
                throw new CancellationException("cancelled");
            }
            ui.access(() -> {
                bar.setIndeterminate(false);
                bar.setValue(total == 0 ? 1 : (double) done / total);
                status.setText(getTranslation(phase == ExportProgress.Phase.READING ? "teams-export.reading"
                        : "teams-export.writing", team, done, total));
            });
        };
        export.start(format, department.getValue(), locale, labels, watch).whenComplete((file, failure) -> ui.access(() -> {
            if (running == cancelled) {
                running = null;
            }
            progress.setVisible(false);
            formats.forEach(b -> b.setEnabled(true));
            department.setEnabled(true);
            if (failure == null) {
                offer(file);
            } else if (cause(failure) instanceof CancellationException) {
                result.add(new Paragraph(getTranslation("teams-export.cancelled")));
            } else {
                LOG.warn("Teams export failed", cause(failure));
                Paragraph problem = new Paragraph(getTranslation("teams-export.failed"));
                problem.addClassName("kring-report-error");
                result.add(problem);
            }
        }));
    }

    private void offer(TeamsExport.File file) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(file.content()), file.name(), file.contentType(), file.content().length)),
                getTranslation("teams-export.download", file.name(), size(file.content().length)));
        link.setId("teams-export-download");
        link.getElement().setAttribute("download", true);
        result.add(new Paragraph(getTranslation("teams-export.ready")), link);
    }

    private String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(getLocale(), "%.0f kB", Math.max(1, bytes / 1024.0));
        }
        return String.format(getLocale(), "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    /** Leaving the page stops a running export: nobody would collect the file. */
    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (running != null) {
            running.set(true);
        }
        super.onDetach(detachEvent);
    }
}
