package nl.kring.certification;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import nl.kring.base.KringTime;
import nl.kring.content.PdfText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The certificate as a one-page PDF (A4 landscape): holder, programme, date of issue, valid until, accreditation
 * points and register, and the verification code with a QR code pointing at the public verification page.
 */
final class CertificatePdf {

    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float[] TEAL = {0.16f, 0.40f, 0.42f};

    private CertificatePdf() {
    }

    /** The words on the certificate, in one language. */
    record Words(String heading, String intro, String programme, String issued, String validUntil, String points,
                 String verify) {

        static Words of(String language) {
            return "nl".equals(language)
                    ? new Words("Certificaat", "Hierbij verklaart Kring dat", "het certificeringsprogramma heeft behaald",
                    "Uitgereikt op", "Geldig tot", "Accreditatiepunten", "Controleer dit certificaat op")
                    : new Words("Certificate", "Kring certifies that", "has completed the certification programme",
                    "Issued on", "Valid until", "Accreditation points", "Verify this certificate at");
        }
    }

    static byte[] render(IssuedCertificate certificate, String verifyUrl, String language) {
        Words words = Words.of(language);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(language)).withZone(KringTime.ZONE);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(words.heading() + " " + certificate.programmeTitle() + " — " + certificate.holderName());
            info.setAuthor("Kring");
            info.setSubject(certificate.code());
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setStrokingColor(TEAL[0], TEAL[1], TEAL[2]);
                content.setLineWidth(3);
                content.addRect(28, 28, width - 56, height - 56);
                content.stroke();
                centred(content, BOLD, 34, words.heading(), width, height - 110);
                centred(content, REGULAR, 14, words.intro(), width, height - 160);
                centred(content, BOLD, 26, certificate.holderName(), width, height - 205);
                centred(content, REGULAR, 14, words.programme(), width, height - 245);
                centred(content, BOLD, 18, certificate.programmeTitle(), width, height - 280);
                float y = 190;
                line(content, 80, y, words.issued(), date.format(certificate.issuedAt()));
                line(content, 80, y - 24, words.validUntil(), date.format(certificate.validUntil()));
                line(content, 80, y - 48, words.points(), Points.format(certificate.points())
                        + (certificate.register().isBlank() ? "" : " (" + certificate.register() + ")"));
                text(content, REGULAR, 10, 80, 86, words.verify() + " " + verifyUrl);
                text(content, BOLD, 16, 80, 64, certificate.code());
                PDImageXObject qr = LosslessFactory.createFromImage(document, qr(verifyUrl));
                content.drawImage(qr, width - 80 - 130, 56, 130, 130);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the certificate PDF", e);
        }
    }


    private static void line(PDPageContentStream content, float x, float y, String label, String value) throws IOException {
        text(content, REGULAR, 12, x, y, label + ":");
        text(content, BOLD, 12, x + 150, y, value);
    }

    private static void centred(PDPageContentStream content, PDType1Font font, float size, String text, float width,
                                float y) throws IOException {
        String safe = printable(text);
        float textWidth = font.getStringWidth(safe) / 1000 * size;
        text(content, font, size, (width - textWidth) / 2, y, safe);
    }

    private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        PdfText.write(content, font, size, x, y, text, PdfText.INK);
    }

    private static String printable(String text) {
        return PdfText.printable(REGULAR, text);
    }

    /** A QR code for the address, black on white, with a quiet zone. */
    static BufferedImage qr(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 300, 300,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code of " + text, e);
        }
    }
}
