package nl.kring.team;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import nl.kring.account.AccountService;
import nl.kring.learning.ActivityCompleted;
import nl.kring.support.KaribuSpringTest;
import nl.kring.team.ui.TeamView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** The team lead's overview: their own team's matrix, certificates and what expires; nobody else's; not for learners. */
class TeamOverviewIT extends KaribuSpringTest {

    @Autowired
    TeamOverviewService overviews;

    @Autowired
    TeamService teams;

    @Autowired
    AccountService accounts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    private long noor;
    private long utrecht;
    private long noord;

    @BeforeEach
    void noorHasDrawnAGenogramAndHerCertificateExpiresSoon() {
        noor = jdbc.queryForObject("select id from user_account where username = 'noor'", Long.class);
        utrecht = jdbc.queryForObject("select id from team where name = 'Ambulant team Utrecht'", Long.class);
        jdbc.update("delete from competence_evidence where user_id = ?", noor);
        jdbc.update("delete from certificate where user_id = ?", noor);
        transaction.executeWithoutResult(s -> events.publishEvent(new ActivityCompleted(noor, "naasten-betrekken", "genogram-bouwen",
                "1.0.0", 424242, 1.0, Map.of("genogram", 2), Instant.now())));
        jdbc.update("delete from certificate where user_id = ?", noor);
        jdbc.update("insert into certificate (user_id, programme_id, programme_title, holder_name, code, points, register, issued_at,"
                + " valid_until) values (?, 'naasten-basis', 'Basis / Foundations', 'Noor Bakker', 'KR-TEST-NOOR-0001', 4, 'R', ?, ?)",
                noor, Timestamp.from(Instant.now().minus(Duration.ofDays(700))), Timestamp.from(Instant.now().plus(Duration.ofDays(30))));
        List<Long> other = jdbc.queryForList("select id from team where name = 'Kliniek Noord'", Long.class);
        if (other.isEmpty()) {
            signIn("admin", Locale.ENGLISH);
            long trainer = jdbc.queryForObject("select id from user_account where username = 'trainer'", Long.class);
            noord = teams.create("Kliniek Noord", trainer, List.of(trainer)).id();
        } else {
            noord = other.get(0);
        }
    }

    /** Other tests sign in as Noor: leave her without the certificate due for renewal (it would show a notice). */
    @AfterEach
    void removeNoorsCertificate() {
        jdbc.update("delete from certificate where user_id = ?", noor);
        jdbc.update("delete from competence_evidence where user_id = ?", noor);
    }

    @Test
    void theLeadSeesTheirTeamsLevelsCertificatesAndWhatExpires() {
        signIn("lead", Locale.ENGLISH);

        assertThat(overviews.myTeams()).extracting(TeamSummary::name).containsExactly("Ambulant team Utrecht");
        TeamOverview overview = overviews.overview(utrecht, Locale.ENGLISH);
        TeamOverview.Member member = overview.members().stream().filter(m -> m.name().equals("Noor Bakker")).findFirst().orElseThrow();
        assertThat(member.level("genogram")).isEqualTo(2);
        assertThat(member.certificates().get("naasten-basis").status().name()).isEqualTo("RENEWAL_DUE");
        assertThat(overview.expiring()).extracting(TeamOverview.Expiring::name).contains("Noor Bakker");
        assertThat(overview.reaching("genogram", 2)).isGreaterThanOrEqualTo(1);
        assertThat(overviews.evidence(utrecht, noor, "genogram", Locale.ENGLISH).lines()).singleElement()
                .satisfies(line -> assertThat(line.title()).isEqualTo("Drawing a genogram: Joost and Anouk"));

        String csv = TeamCsv.matrix(overview);
        assertThat(csv).startsWith("member,Involving significant others,").contains("\r\nNoor Bakker,");
        assertThat(csv.lines().filter(l -> l.startsWith("Noor Bakker,")).findFirst().orElseThrow().split(",")[5]).isEqualTo("2");
        assertThat(TeamCsv.certificates(overview, "en")).contains("Noor Bakker,Foundations of network-oriented care,renewal_due,");
    }

    @Test
    void theWorkbookAndTheReportCarryTheSameFigures() throws Exception {
        signIn("lead", Locale.ENGLISH);
        TeamOverview overview = overviews.overview(utrecht, Locale.ENGLISH);

        byte[] xlsx = TeamWorkbook.write(overview, "en", new TeamWorkbook.Labels("Competences", "Certificates", "Member",
                "Programme", "Status", "Valid until", "Code", "Levels", "Department", "Team"));
        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook =
                     new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName))
                    .containsExactly("Competences", "Certificates");
            List<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(5)).isEqualTo("Systemic work with the genogram");
            org.dhatim.fastexcel.reader.Row noorRow = rows.stream().filter(r -> "Noor Bakker".equals(r.getCellText(0))).findFirst()
                    .orElseThrow();
            assertThat(noorRow.getCellAsNumber(5)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(2));
            List<org.dhatim.fastexcel.reader.Row> certificates = workbook.getSheet(1).orElseThrow().read();
            assertThat(certificates).anySatisfy(r -> {
                assertThat(r.getCellText(0)).isEqualTo("Noor Bakker");
                assertThat(r.getCellText(2)).isEqualTo("renewal_due");
                assertThat(r.getCellText(4)).isEqualTo("KR-TEST-NOOR-0001");
            });
        }

        byte[] pdf = TeamReport.write(overview, Instant.parse("2026-11-23T09:00:00Z"), Locale.ENGLISH, new TeamReport.Labels(
                "Team report", "members", "Competences", "Certificates", "valid", "due for renewal", "expired", "never",
                "Expiring in the next 90 days", "Nothing expires.", "Not started"));
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Team report — Ambulant team Utrecht", "November 23, 2026",
                    overview.members().size() + " members", "Systemic work with the genogram", "2 Knows how",
                    "Foundations of network-oriented care: ", " due for renewal · ", "Noor Bakker — Basis / Foundations");
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 70), "png",
                    java.nio.file.Path.of("target/screenshots/63-team-report-en.png").toFile());
        }
    }

    @Test
    void theMatrixShowsLevelsAsTextFiltersAndOpensTheEvidence() {
        signIn("lead", Locale.ENGLISH);
        UI.getCurrent().navigate("team");

        @SuppressWarnings("unchecked")
        Grid<TeamOverview.Member> grid = _get(Grid.class, spec -> spec.withId("team-matrix"));
        int members = GridKt._size(grid);
        assertThat(members).isGreaterThanOrEqualTo(4);
        int row = rowOf(grid, "Noor Bakker");
        assertThat(GridKt._getCellComponent(grid, row, "genogram").getElement().getAttribute("aria-label"))
                .isEqualTo("Noor Bakker, Systemic work with the genogram: level 2 of 4, Knows how");

        @SuppressWarnings("unchecked")
        ComboBox<Object> competence = _get(ComboBox.class, spec -> spec.withId("team-filter-competence"));
        competence.setValue(competence.getListDataView().getItems().filter(c -> competence.getItemLabelGenerator().apply(c)
                .equals("Systemic work with the genogram")).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<Object> below = _get(ComboBox.class, spec -> spec.withId("team-filter-below"));
        below.setValue(below.getListDataView().getItems().filter(l -> below.getItemLabelGenerator().apply(l).startsWith("2"))
                .findFirst().orElseThrow());
        assertThat(GridKt._size(grid)).as("members below knows how").isLessThan(members);
        assertThat(grid.getColumnByKey("craft").isVisible()).isFalse();
        below.clear();

        GridKt._clickItem(grid, rowOf(grid, "Noor Bakker"), grid.getColumnByKey("genogram"));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("team-evidence"));
        assertThat(dialog.getHeaderTitle()).isEqualTo("Noor Bakker · Systemic work with the genogram");
        assertThat(dialog.getElement().getTextRecursively()).contains("Drawing a genogram: Joost and Anouk", "exercise", "100%");
        assertThat(_get(Div.class, spec -> spec.withId("team-expiring")).getElement().getTextRecursively()).contains("Noor Bakker");
    }

    @Test
    void aLeadCannotSeeAnotherTeamAndALearnerNoTeamAtAll() {
        signIn("lead", Locale.ENGLISH);
        assertThatThrownBy(() -> overviews.overview(noord, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> overviews.evidence(noord, noor, "genogram", Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        long trainer = jdbc.queryForObject("select id from user_account where username = 'trainer'", Long.class);
        assertThatThrownBy(() -> overviews.evidence(utrecht, trainer, "genogram", Locale.ENGLISH))
                .as("someone outside the lead's team").isInstanceOf(AccessDeniedException.class);
        UI.getCurrent().navigate("team/" + noord);
        assertThat(_find(Grid.class)).as("no matrix of another team").isEmpty();
        assertThat(_get(TeamView.class).getElement().getTextRecursively()).contains("This team is not yours to see");

        signIn("noor", Locale.ENGLISH);
        assertThatThrownBy(() -> overviews.myTeams()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> overviews.overview(utrecht, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        UI.getCurrent().navigate("my-learning");
        boolean denied;
        try {
            UI.getCurrent().navigate("team");
            denied = _find(TeamView.class).isEmpty();
        } catch (RuntimeException | AssertionError refused) {
            denied = String.valueOf(refused.getMessage()).contains("Access is denied");
        }
        assertThat(denied).as("a learner cannot open the team page").isTrue();

        signIn("admin", Locale.ENGLISH);
        assertThat(overviews.myTeams()).extracting(TeamSummary::name).contains("Ambulant team Utrecht", "Kliniek Noord");
        assertThat(overviews.overview(noord, Locale.ENGLISH).members()).hasSize(1);
    }

    private static int rowOf(Grid<TeamOverview.Member> grid, String name) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + name);
    }
}
