package nl.kring.team.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.kring.base.KringTime;
import nl.kring.base.Roles;
import nl.kring.base.ui.MainLayout;
import nl.kring.catalog.CatalogService;
import nl.kring.team.AssignmentService;
import nl.kring.team.TeamCsv;
import nl.kring.team.TeamReport;
import nl.kring.team.TeamWorkbook;
import nl.kring.team.TeamsExport;
import nl.kring.team.TeamOverview;
import nl.kring.team.TeamOverviewService;
import nl.kring.team.TeamSummary;
import org.springframework.security.access.AccessDeniedException;

/**
 * The team lead's one screen: "are we ready, and who needs what next?" — the competence matrix as a heat map, the
 * certificates per member and programme, what expires in the next 90 days, and exports for management.
 */
@Route(value = "team/:teamId?", layout = MainLayout.class)
@RolesAllowed({Roles.TEAM_LEAD, Roles.ADMIN})
public class TeamView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient TeamOverviewService teams;
    private final transient AssignmentService assignments;
    private final transient CatalogService catalog;
    private final transient TeamsExport export;
    private String title;

    public TeamView(TeamOverviewService teams, AssignmentService assignments, CatalogService catalog, TeamsExport export) {
        this.teams = teams;
        this.export = export;
        this.assignments = assignments;
        this.catalog = catalog;
        addClassName("kring-page");
        addClassName("kring-team-page");
        title = getTranslation("team.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<TeamSummary> mine = teams.myTeams();
        if (mine.isEmpty()) {
            add(new H2(title), new Paragraph(getTranslation("team.none")));
            return;
        }
        long teamId = event.getRouteParameters().getLong("teamId").orElse(mine.get(0).id());
        TeamOverview overview;
        try {
            overview = teams.overview(teamId, getLocale());
        } catch (AccessDeniedException notYours) {
            add(new H2(title), new Paragraph(getTranslation("team.not-yours")));
            return;
        }
        title = getTranslation("team.title-of", overview.team().name());
        H2 heading = new H2(title);
        heading.setId("team-title");
        add(heading);
        if (mine.size() > 1) {
            ComboBox<TeamSummary> choose = new ComboBox<>(getTranslation("team.choose"), mine);
            choose.setItemLabelGenerator(TeamSummary::name);
            choose.setValue(mine.stream().filter(t -> t.id() == teamId).findFirst().orElse(null));
            choose.addValueChangeListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("team/" + e.getValue().id())));
            choose.setId("team-choose");
            add(choose);
        }
        add(summary(overview), new H3(getTranslation("team.matrix")), new CompetenceMatrix(teams, overview),
                new H3(getTranslation("team.certificates")), new CertificateTable(overview), expiring(overview),
                new H3(getTranslation("team.assignments")), new AssignmentsPanel(assignments, catalog, overview),
                exports(overview));
        if (mine.size() > 1) {
            add(new TeamsExportPanel(export, workbookLabels()));
        }
    }

    private Paragraph summary(TeamOverview overview) {
        Paragraph summary = new Paragraph(getTranslation("team.summary", overview.members().size(), overview.expiring().size(),
                TeamOverviewService.EXPIRING_DAYS));
        summary.setId("team-summary");
        summary.addClassName("kring-muted");
        return summary;
    }

    private Div expiring(TeamOverview overview) {
        Div box = new Div(new H3(getTranslation("team.expiring", TeamOverviewService.EXPIRING_DAYS)));
        box.setId("team-expiring");
        if (overview.expiring().isEmpty()) {
            box.add(new Paragraph(getTranslation("team.expiring-none")));
            return box;
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .withZone(KringTime.ZONE);
        UnorderedList list = new UnorderedList();
        overview.expiring().forEach(e -> list.add(new ListItem(getTranslation("team.expiring-item", e.name(), e.programmeTitle(),
                date.format(e.validUntil())))));
        box.add(list);
        return box;
    }

    /** CSV, Excel and a PDF report; all made from the overview the service checked, so they show only this team. */
    private Div exports(TeamOverview overview) {
        String language = getLocale().getLanguage();
        java.util.Locale locale = getLocale();
        TeamWorkbook.Labels sheet = workbookLabels();
        TeamReport.Labels report = new TeamReport.Labels(getTranslation("team.report"), getTranslation("team.members"),
                getTranslation("team.matrix"), getTranslation("team.certificates"), getTranslation("team.report.valid"),
                getTranslation("team.report.due"), getTranslation("team.report.expired"), getTranslation("team.report.never"),
                getTranslation("team.expiring", TeamOverviewService.EXPIRING_DAYS), getTranslation("team.expiring-none"),
                getTranslation("competences.none"));
        String base = "team-" + overview.team().id();
        Div box = new Div(
                file("team-export-pdf", getTranslation("team.export-pdf"), base + ".pdf", "application/pdf",
                        () -> TeamReport.write(overview, java.time.Instant.now(), locale, report)),
                file("team-export-xlsx", getTranslation("team.export-xlsx"), base + ".xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        () -> TeamWorkbook.write(overview, language, sheet)),
                file("team-export-matrix", getTranslation("team.export-matrix"), "competenties.csv", "text/csv;charset=UTF-8",
                        () -> TeamCsv.matrix(overview).getBytes(StandardCharsets.UTF_8)),
                file("team-export-certificates", getTranslation("team.export-certificates"), "certificaten.csv",
                        "text/csv;charset=UTF-8", () -> TeamCsv.certificates(overview, language).getBytes(StandardCharsets.UTF_8)));
        box.addClassName("kring-team-exports");
        return box;
    }

    private TeamWorkbook.Labels workbookLabels() {
        return new TeamWorkbook.Labels(getTranslation("team.matrix"), getTranslation("team.certificates"),
                getTranslation("team.member"), getTranslation("team.assign-course"), getTranslation("team.assignment.status"),
                getTranslation("team.valid-until"), getTranslation("certificates.code"), getTranslation("team.legend"),
                getTranslation("teams.department"), getTranslation("teams-export.team"));
    }

    private static Anchor file(String id, String label, String fileName, String type, Supplier<byte[]> content) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), label);
        link.setId(id);
        return link;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
