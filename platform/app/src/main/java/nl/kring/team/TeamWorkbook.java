package nl.kring.team;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import nl.kring.base.KringTime;
import nl.kring.catalog.CompetenceCatalog.CompetenceName;
import nl.kring.certification.IssuedCertificate;
import nl.kring.certification.Programme;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A team overview as an Excel workbook for management: a sheet with the competence matrix (level numbers, the level
 * names in a legend), and a sheet with the certificates (status, valid until, code).
 */
public final class TeamWorkbook {


    private TeamWorkbook() {
    }

    /**
     * @param language the language of the programme titles
     * @param labels   column headings and sheet names in the reader's language
     */
    public static byte[] write(TeamOverview overview, String language, Labels labels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Kring", "1.0");
            matrix(workbook.newWorksheet(labels.competences()), overview, labels);
            certificates(workbook.newWorksheet(labels.certificates()), overview, language, labels);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        }
        return out.toByteArray();
    }

    /** The words of the workbook. */
    public record Labels(String competences, String certificates, String member, String programme, String status,
                         String validUntil, String code, String legend) {
    }

    private static void matrix(Worksheet sheet, TeamOverview overview, Labels labels) {
        sheet.value(0, 0, labels.member());
        sheet.style(0, 0).bold().set();
        for (int c = 0; c < overview.competences().size(); c++) {
            CompetenceName competence = overview.competences().get(c);
            sheet.value(0, c + 1, competence.title());
            sheet.style(0, c + 1).bold().wrapText(true).set();
            sheet.width(c + 1, 16);
        }
        sheet.width(0, 28);
        for (int m = 0; m < overview.members().size(); m++) {
            TeamOverview.Member member = overview.members().get(m);
            sheet.value(m + 1, 0, member.name());
            for (int c = 0; c < overview.competences().size(); c++) {
                sheet.value(m + 1, c + 1, member.level(overview.competences().get(c).id()));
            }
        }
        int row = overview.members().size() + 2;
        sheet.value(row, 0, labels.legend());
        sheet.style(row, 0).bold().set();
        sheet.value(row + 1, 0, "0");
        for (var level : overview.levels()) {
            sheet.value(row + 1 + level.level(), 0, level.level() + " " + level.title());
        }
        sheet.freezePane(1, 1);
    }

    private static void certificates(Worksheet sheet, TeamOverview overview, String language, Labels labels) {
        String[] headings = {labels.member(), labels.programme(), labels.status(), labels.validUntil(), labels.code()};
        for (int h = 0; h < headings.length; h++) {
            sheet.value(0, h, headings[h]);
            sheet.style(0, h).bold().set();
        }
        sheet.width(0, 28);
        sheet.width(1, 40);
        int row = 1;
        for (TeamOverview.Member member : overview.members()) {
            for (Programme programme : overview.programmes()) {
                IssuedCertificate certificate = member.certificates().get(programme.id());
                sheet.value(row, 0, member.name());
                sheet.value(row, 1, programme.title(language));
                sheet.value(row, 2, certificate == null ? "never" : certificate.status().name().toLowerCase(java.util.Locale.ROOT));
                if (certificate != null) {
                    sheet.value(row, 3, certificate.validUntil().atZone(KringTime.ZONE).toLocalDate());
                    sheet.style(row, 3).format("yyyy-mm-dd").set();
                    sheet.value(row, 4, certificate.code());
                }
                row++;
            }
        }
        sheet.freezePane(1, 1);
    }
}
