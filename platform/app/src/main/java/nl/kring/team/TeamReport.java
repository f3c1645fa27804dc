package nl.kring.team;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import nl.kring.base.KringTime;
import nl.kring.catalog.CompetenceCatalog.CompetenceName;
import nl.kring.certification.IssuedCertificate;
import nl.kring.certification.Programme;
import nl.kring.content.PdfText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A one-page team report for management (A4 landscape PDF): per competence a bar showing how many members are at
 * each level (a stacked bar chart, with the counts written in the bars and a legend), the certificate status per
 * programme, and what expires within 90 days.
 */
public final class TeamReport {

    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    /** The heat map's colours, level 0 to 4 (as on the team page). */
    private static final float[][] LEVEL_COLOURS = {{0.92f, 0.92f, 0.92f}, {0.84f, 0.92f, 0.91f}, {0.62f, 0.82f, 0.79f},
        {0.31f, 0.61f, 0.58f}, {0.12f, 0.37f, 0.35f}};

    private TeamReport() {
    }

    /** The words of the report in the reader's language. */
    public record Labels(String title, String members, String competences, String certificates, String valid,
                         String due, String expired, String never, String expiring, String nothingExpires, String none) {
    }

    public static byte[] write(TeamOverview overview, Instant now, Locale locale, Labels labels) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(KringTime.ZONE);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            document.getDocumentInformation().setTitle(labels.title() + " — " + overview.team().name());
            document.getDocumentInformation().setAuthor("Kring");
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                text(content, BOLD, 20, 40, height - 50, labels.title() + " — " + overview.team().name());
                text(content, REGULAR, 11, 40, height - 70, date.format(now) + " · " + overview.members().size() + " "
                        + labels.members());
                float y = chart(content, overview, labels, height - 105);
                y = certificates(content, overview, labels, locale.getLanguage(), y - 20);
                expiring(content, overview, labels, date, y - 20);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the team report", e);
        }
    }

    /** One stacked bar per competence: the members at level 0, 1, 2, 3, 4 from left to right. */
    private static float chart(PDPageContentStream content, TeamOverview overview, Labels labels, float top) throws IOException {
        text(content, BOLD, 13, 40, top, labels.competences());
        float y = top - 22;
        float x = 250;
        float width = 480;
        int members = Math.max(1, overview.members().size());
        for (CompetenceName competence : overview.competences()) {
            text(content, REGULAR, 9, 40, y + 3, fit(competence.title(), 42));
            float left = x;
            for (int level = 0; level <= overview.levels().size(); level++) {
                int at = level;
                long count = overview.members().stream().filter(m -> m.level(competence.id()) == at).count();
                float w = width * count / members;
                if (count > 0) {
                    float[] c = LEVEL_COLOURS[Math.min(level, LEVEL_COLOURS.length - 1)];
                    content.setNonStrokingColor(c[0], c[1], c[2]);
                    content.addRect(left, y, w, 13);
                    content.fill();
                    if (w > 14) {
                        text(content, BOLD, 8, left + w / 2 - 3, y + 3.5f, String.valueOf(count), level >= 3);
                    }
                }
                left += w;
            }
            y -= 18;
        }
        float legend = x;
        for (int level = 0; level <= overview.levels().size(); level++) {
            float[] c = LEVEL_COLOURS[Math.min(level, LEVEL_COLOURS.length - 1)];
            content.setNonStrokingColor(c[0], c[1], c[2]);
            content.addRect(legend, y, 10, 10);
            content.fill();
            String name = level == 0 ? labels.none() : overview.levels().get(level - 1).title();
            text(content, REGULAR, 8, legend + 13, y + 2, level + " " + name);
            legend += 95;
        }
        return y - 12;
    }

    private static float certificates(PDPageContentStream content, TeamOverview overview, Labels labels, String language,
                                      float top) throws IOException {
        text(content, BOLD, 13, 40, top, labels.certificates());
        float y = top - 18;
        for (Programme programme : overview.programmes()) {
            long valid = 0;
            long due = 0;
            long expired = 0;
            long never = 0;
            for (TeamOverview.Member member : overview.members()) {
                IssuedCertificate certificate = member.certificates().get(programme.id());
                if (certificate == null) {
                    never++;
                } else if (certificate.status() == IssuedCertificate.Status.VALID) {
                    valid++;
                } else if (certificate.status() == IssuedCertificate.Status.RENEWAL_DUE) {
                    due++;
                } else {
                    expired++;
                }
            }
            text(content, REGULAR, 10, 40, y, fit(programme.title(language), 60) + ": " + valid + " " + labels.valid() + " · "
                    + due + " " + labels.due() + " · " + expired + " " + labels.expired() + " · " + never + " " + labels.never());
            y -= 15;
        }
        return y;
    }

    private static void expiring(PDPageContentStream content, TeamOverview overview, Labels labels, DateTimeFormatter date,
                                 float top) throws IOException {
        text(content, BOLD, 13, 40, top, labels.expiring());
        float y = top - 18;
        if (overview.expiring().isEmpty()) {
            text(content, REGULAR, 10, 40, y, labels.nothingExpires());
            return;
        }
        for (TeamOverview.Expiring e : overview.expiring()) {
            if (y < 40) {
                text(content, REGULAR, 10, 40, y, "…");
                return;
            }
            text(content, REGULAR, 10, 40, y, e.name() + " — " + fit(e.programmeTitle(), 70) + " — " + date.format(e.validUntil()));
            y -= 14;
        }
    }

    private static String fit(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        text(content, font, size, x, y, text, false);
    }

    private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text,
                             boolean white) throws IOException {
        PdfText.write(content, font, size, x, y, text, white ? new float[] {1f, 1f, 1f} : PdfText.INK);
    }

}
