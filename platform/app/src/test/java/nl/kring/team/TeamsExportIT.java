package nl.kring.team;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import nl.kring.support.Download;
import nl.kring.support.KaribuSpringTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Exporting all of one's teams at once: a lead gets only the teams they lead, an administrator every team or one
 * department's; progress is reported team by team, the export can be cancelled, and the team page offers the file
 * when it is ready.
 */
class TeamsExportIT extends KaribuSpringTest {

    private static final TeamWorkbook.Labels LABELS = new TeamWorkbook.Labels("Competences", "Certificates", "Member",
            "Programme", "Status", "Valid until", "Code", "Levels", "Department", "Team");

    @Autowired
    TeamsExport export;

    @Autowired
    TeamService teams;

    @Autowired
    JdbcTemplate jdbc;

    private final List<Long> created = new ArrayList<>();

    @BeforeEach
    void theLeadAlsoLeadsAClinicTeamAndTheTrainerLeadsAnother() {
        signIn("admin", Locale.ENGLISH);
        long lead = id("lead");
        long trainer = id("trainer");
        created.add(teams.create("Kliniek De Brink", "Zeist / Kliniek", lead, List.of(id("daan"), trainer)).id());
        created.add(teams.create("Kliniek Oost", "Zeist / Kliniek", trainer, List.of(trainer)).id());
    }

    @AfterEach
    void removeTheExtraTeams() {
        signIn("admin", Locale.ENGLISH);
        created.forEach(teams::remove);
    }

    @Test
    void aLeadExportsTheTeamsTheyLeadAndNoOthers() throws Exception {
        signIn("lead", Locale.ENGLISH);
        assertThat(export.extent(null).teams()).isEqualTo(2);
        List<String> steps = new ArrayList<>();
        TeamsExport.File file = export.start(TeamsExport.Format.MATRIX_CSV, null, Locale.ENGLISH, LABELS,
                (phase, team, done, total) -> steps.add(phase + " " + team + " " + done + "/" + total)).get(30, TimeUnit.SECONDS);

        String csv = new String(file.content(), StandardCharsets.UTF_8);
        assertThat(file.name()).matches("kring-teams-\\d{4}-\\d\\d-\\d\\d-competenties\\.csv");
        assertThat(csv).startsWith("department,team,member,Involving significant others,")
                .contains("\r\nUtrecht / Ambulante zorg,Ambulant team Utrecht,Noor Bakker,")
                .contains("\r\nZeist / Kliniek,Kliniek De Brink,Daan")
                .doesNotContain("Kliniek Oost");
        assertThat(steps).containsExactly("READING Ambulant team Utrecht 1/4", "READING Kliniek De Brink 2/4",
                "WRITING Ambulant team Utrecht 3/4", "WRITING Kliniek De Brink 4/4");
    }

    @Test
    void anAdministratorExportsOneDepartmentAsAWorkbook() throws Exception {
        signIn("admin", Locale.ENGLISH);
        assertThat(export.departments()).contains("Utrecht / Ambulante zorg", "Zeist / Kliniek");
        assertThat(export.extent("Zeist / Kliniek")).isEqualTo(new TeamsExport.Extent(2, 3));

        TeamsExport.File file = export.write(TeamsExport.Format.XLSX, "Zeist / Kliniek", Locale.ENGLISH, LABELS, ExportProgress.NONE);

        assertThat(file.name()).matches("kring-teams-zeist-kliniek-\\d{4}-\\d\\d-\\d\\d\\.xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file.content()))) {
            List<Row> matrix = workbook.getFirstSheet().read();
            assertThat(matrix.get(0).getCellText(0)).isEqualTo("Department");
            assertThat(matrix.get(0).getCellText(1)).isEqualTo("Team");
            assertThat(matrix.get(0).getCellText(3)).isEqualTo("Involving significant others");
            assertThat(matrix.stream().skip(1).filter(r -> r.getCellCount() > 2 && !r.getCellText(1).isEmpty())
                    .map(r -> r.getCellText(1) + ": " + r.getCellText(2)))
                    .containsExactlyInAnyOrder("Kliniek De Brink: Daan Janssen", "Kliniek De Brink: Tom Peeters",
                            "Kliniek Oost: Tom Peeters");
            List<Row> certificates = workbook.getSheet(1).orElseThrow().read();
            assertThat(certificates.get(0).getCellText(3)).isEqualTo("Programme");
            assertThat(certificates).noneMatch(r -> r.getCellText(1).equals("Ambulant team Utrecht"));
        }
    }

    @Test
    void anExportStopsWhenCancelledAndLearnersCannotExport() {
        signIn("admin", Locale.ENGLISH);
        var cancelled = export.start(TeamsExport.Format.XLSX, null, Locale.ENGLISH, LABELS, (phase, team, done, total) -> {
            throw new CancellationException("cancelled by the test");
        });
        assertThatThrownBy(() -> cancelled.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(CancellationException.class);

        signIn("noor", Locale.ENGLISH);
        assertThatThrownBy(() -> export.extent(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.start(TeamsExport.Format.XLSX, null, Locale.ENGLISH, LABELS, ExportProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.write(TeamsExport.Format.MATRIX_CSV, null, Locale.ENGLISH, LABELS, ExportProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTeamPageShowsProgressAndOffersTheFile() throws Exception {
        signIn("lead", Locale.ENGLISH);
        UI.getCurrent().navigate("team");
        Div panel = _get(Div.class, spec -> spec.withId("teams-export"));
        assertThat(panel.getElement().getTextRecursively()).contains("All your teams in one file", " teams, ");

        _click(_get(Button.class, spec -> spec.withId("teams-export-xlsx")));
        assertThat(_get(Button.class, spec -> spec.withId("teams-export-matrix")).isEnabled()).as("one export at a time").isFalse();
        Anchor download = awaitDownload();

        assertThat(download.getText()).matches("Download kring-teams-\\d{4}-\\d\\d-\\d\\d\\.xlsx \\(\\d+ kB\\)");
        assertThat(_get(Button.class, spec -> spec.withId("teams-export-matrix")).isEnabled()).isTrue();
        byte[] xlsx = Download.of(download).body();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getFirstSheet().read()).anyMatch(r -> r.getCellText(1).equals("Kliniek De Brink"));
        }
    }

    private Anchor awaitDownload() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            MockVaadin.clientRoundtrip();
            var found = _find(Anchor.class, spec -> spec.withId("teams-export-download"));
            if (!found.isEmpty()) {
                return found.get(0);
            }
            assertThat(_find(Paragraph.class, spec -> spec.withClasses("kring-report-error"))).as("the export failed").isEmpty();
            Thread.sleep(50);
        }
        throw new AssertionError("the export did not finish within 30 s");
    }

    private long id(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }
}
