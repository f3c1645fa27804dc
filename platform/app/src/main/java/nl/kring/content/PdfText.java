package nl.kring.content;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/** Text for PDFs drawn with the standard fonts. */
public final class PdfText {

    private PdfText() {
    }

    /** The text as the font can show it: the standard fonts cover WinAnsi (é, ë, ü …); anything else becomes '?'. */
    public static String printable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                out.appendCodePoint(c);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Dark grey, the colour of body text. */
    public static final float[] INK = {0.13f, 0.13f, 0.13f};

    /** Writes one line of text at (x, y) in the colour given (red, green, blue from 0 to 1). */
    public static void write(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text,
                             float[] colour) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.setNonStrokingColor(colour[0], colour[1], colour[2]);
        content.newLineAtOffset(x, y);
        content.showText(printable(font, text));
        content.endText();
    }
}
