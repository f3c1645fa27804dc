package nl.kring.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.kring.base.KringTime;
import nl.kring.content.PdfText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The download as a document a person can read: a title page part that says what this is, then every section with its
 * rows as "field: value" lines, wrapped to the page. Very long values (a role-play's state) are cut here; the JSON
 * download has them whole.
 */
final class PersonalDataPdf {

    static final int LONGEST_VALUE = 600;
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float[] TEAL = {0.16f, 0.40f, 0.42f};
    private static final float MARGIN = 56;
    private static final float SIZE = 9.5f;
    private static final float LEADING = 13;

    private static final Map<String, String> DUTCH = Map.of("Account", "Account", "Learning", "Leren", "Quizzes", "Toetsen",
            "Competences", "Competenties", "Certificates", "Certificaten", "Teams", "Teams", "Security log", "Beveiligingslog",
            "Plugins", "Plugins");
    private final PDDocument document = new PDDocument();
    private PDPageContentStream content;
    private float y;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private PersonalDataPdf() {
    }

    static byte[] render(PersonalDataExport export, String language) {
        PersonalDataPdf pdf = new PersonalDataPdf();
        try {
            return pdf.write(export, "nl".equals(language));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF of personal data", e);
        }
    }

    private byte[] write(PersonalDataExport export, boolean dutch) throws IOException {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(dutch ? Locale.forLanguageTag("nl") : Locale.ENGLISH).withZone(KringTime.ZONE);
        document.getDocumentInformation().setTitle((dutch ? "Je gegevens in Kring — " : "Your data in Kring — ") + export.name());
        document.getDocumentInformation().setAuthor("Kring");
        newPage();
        line(BOLD, 20, dutch ? "Je gegevens in Kring" : "Your data in Kring", TEAL);
        y -= 6;
        paragraph(REGULAR, 11, (dutch ? "Van " : "Of ") + export.name() + " (" + export.username() + "), "
                + (dutch ? "gemaakt op " : "made on ") + when.format(export.madeAt()) + ".");
        paragraph(REGULAR, 10, dutch
                ? "Dit is alles wat Kring over je bewaart, per onderdeel. Heel lange waarden (zoals de stand van een rollenspel) zijn"
                + " hier ingekort; de JSON-download bevat ze volledig. Vragen of verwijderen? Neem contact op met je beheerder."
                : "This is everything Kring keeps about you, part by part. Very long values (such as the state of a role-play) are"
                + " shortened here; the JSON download has them in full. Questions, or want it erased? Contact your administrator.");
        for (Map.Entry<String, List<Map<String, Object>>> section : export.sections().entrySet()) {
            y -= 8;
            space(3 * LEADING);
            String title = dutch ? DUTCH.getOrDefault(section.getKey(), section.getKey()) : section.getKey();
            line(BOLD, 14, title + " (" + section.getValue().size() + ")", TEAL);
            if (section.getValue().isEmpty()) {
                paragraph(REGULAR, SIZE, dutch ? "Niets bewaard." : "Nothing kept.");
            }
            for (Map<String, Object> row : section.getValue()) {
                y -= 4;
                for (Map.Entry<String, Object> field : row.entrySet()) {
                    String value = String.valueOf(field.getValue());
                    if (value.length() > LONGEST_VALUE) {
                        value = value.substring(0, LONGEST_VALUE) + (dutch ? " … (ingekort)" : " … (shortened)");
                    }
                    paragraph(REGULAR, SIZE, field.getKey().replace('_', ' ') + ": " + value);
                }
            }
        }
        content.close();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out);
            document.close();
            return out.toByteArray();
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = page.getMediaBox().getHeight() - MARGIN;
    }

    private void space(float needed) throws IOException {
        if (y - needed < MARGIN) {
            newPage();
        }
    }

    private void line(PDType1Font font, float size, String text, float[] colour) throws IOException {
        space(size + 4);
        y -= size + 4;
        PdfText.write(content, font, size, MARGIN, y, text, colour);
    }

    /** Wraps text to the page width, breaking at spaces (or inside very long words), and writes it. */
    private void paragraph(PDType1Font font, float size, String text) throws IOException {
        for (String line : wrap(font, size, PdfText.printable(font, text.replaceAll("\\s+", " ")))) {
            space(LEADING);
            y -= LEADING;
            PdfText.write(content, font, size, MARGIN, y, line, PdfText.INK);
        }
    }

    private List<String> wrap(PDType1Font font, float size, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (fits(font, size, candidate)) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
                current.setLength(0);
            }
            while (!fits(font, size, word)) {
                int cut = word.length() - 1;
                while (cut > 1 && !fits(font, size, word.substring(0, cut))) {
                    cut--;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            current.append(word);
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    private boolean fits(PDType1Font font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size <= width;
    }
}
