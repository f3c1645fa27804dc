package nl.kring.team;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import nl.kring.base.KringTime;
import nl.kring.catalog.CompetenceCatalog.CompetenceName;
import nl.kring.certification.IssuedCertificate;
import nl.kring.certification.Programme;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Team overviews as an Excel workbook for management: a sheet with the competence matrix (level numbers, the level
 * names in a legend), and a sheet with the certificates (status, valid until, code). A workbook of several teams
 * starts every row with the department and the team.
 */
public final class TeamWorkbook {

    private TeamWorkbook() {
    }

    /**
     * @param language the language of the programme titles
     * @param labels   column headings and sheet names in the reader's language
     */
    public static byte[] write(TeamOverview overview, String language, Labels labels) {
        return write(List.of(overview), false, language, labels, ExportProgress.NONE);
    }

    /**
     * The workbook of several teams; progress counts each team twice (once per sheet).
     *
     * @param teamColumns whether rows start with the department and the team
     */
    public static byte[] write(List<TeamOverview> teams, boolean teamColumns, String language, Labels labels,
                               ExportProgress progress) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Kring", "1.0");
            Columns columns = new Columns(teamColumns, labels);
            Worksheet matrix = workbook.newWorksheet(labels.competences());
            matrix(matrix, teams, columns, labels, progress);
            matrix.finish();
            Worksheet certificates = workbook.newWorksheet(labels.certificates());
            certificates(certificates, teams, columns, language, labels, progress);
            certificates.finish();
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        }
        return out.toByteArray();
    }

    /** The words of the workbook. */
    public record Labels(String competences, String certificates, String member, String programme, String status,
                         String validUntil, String code, String legend, String department, String team) {
    }

    /** The columns every row starts with: department, team (for several teams) and member. */
    private record Columns(boolean teams, Labels labels) {

        int width() {
            return teams ? 3 : 1;
        }

        void headings(Worksheet sheet) {
            String[] names = teams ? new String[] {labels.department(), labels.team(), labels.member()} : new String[] {labels.member()};
            for (int c = 0; c < names.length; c++) {
                sheet.value(0, c, names[c]);
                sheet.style(0, c).bold().set();
                sheet.width(c, c == names.length - 1 ? 28 : 22);
            }
        }

        void start(Worksheet sheet, int row, TeamOverview team, TeamOverview.Member member) {
            if (teams) {
                sheet.value(row, 0, team.team().department());
                sheet.value(row, 1, team.team().name());
            }
            sheet.value(row, width() - 1, member.name());
        }
    }

    private static void matrix(Worksheet sheet, List<TeamOverview> teams, Columns columns, Labels labels,
                               ExportProgress progress) throws IOException {
        columns.headings(sheet);
        List<CompetenceName> competences = teams.isEmpty() ? List.of() : teams.get(0).competences();
        int first = columns.width();
        for (int c = 0; c < competences.size(); c++) {
            sheet.value(0, first + c, competences.get(c).title());
            sheet.style(0, first + c).bold().wrapText(true).set();
            sheet.width(first + c, 16);
        }
        sheet.freezePane(first, 1); // before the first flush, which writes the sheet's settings
        int row = 1;
        for (int t = 0; t < teams.size(); t++) {
            TeamOverview team = teams.get(t);
            for (TeamOverview.Member member : team.members()) {
                columns.start(sheet, row, team, member);
                for (int c = 0; c < competences.size(); c++) {
                    sheet.value(row, first + c, member.level(competences.get(c).id()));
                }
                row++;
            }
            sheet.flush();
            progress.reached(ExportProgress.Phase.WRITING, team.team().name(), t + 1, 2 * teams.size());
        }
        row++;
        sheet.value(row, 0, labels.legend());
        sheet.style(row, 0).bold().set();
        sheet.value(row + 1, 0, "0");
        if (!teams.isEmpty()) {
            for (var level : teams.get(0).levels()) {
                sheet.value(row + 1 + level.level(), 0, level.level() + " " + level.title());
            }
        }
    }

    private static void certificates(Worksheet sheet, List<TeamOverview> teams, Columns columns, String language,
                                     Labels labels, ExportProgress progress) throws IOException {
        columns.headings(sheet);
        int first = columns.width();
        String[] headings = {labels.programme(), labels.status(), labels.validUntil(), labels.code()};
        for (int h = 0; h < headings.length; h++) {
            sheet.value(0, first + h, headings[h]);
            sheet.style(0, first + h).bold().set();
        }
        sheet.width(first, 40);
        sheet.width(first + 2, 14);
        sheet.width(first + 3, 18);
        sheet.freezePane(first, 1);
        int row = 1;
        for (int t = 0; t < teams.size(); t++) {
            TeamOverview team = teams.get(t);
            for (TeamOverview.Member member : team.members()) {
                for (Programme programme : team.programmes()) {
                    IssuedCertificate certificate = member.certificates().get(programme.id());
                    columns.start(sheet, row, team, member);
                    sheet.value(row, first, programme.title(language));
                    sheet.value(row, first + 1, TeamOverview.exportStatus(certificate));
                    if (certificate != null) {
                        sheet.value(row, first + 2, certificate.validUntil().atZone(KringTime.ZONE).toLocalDate());
                        sheet.style(row, first + 2).format("yyyy-mm-dd").set();
                        sheet.value(row, first + 3, certificate.code());
                    }
                    row++;
                }
            }
            sheet.flush();
            progress.reached(ExportProgress.Phase.WRITING, team.team().name(), teams.size() + t + 1, 2 * teams.size());
        }
    }
}
