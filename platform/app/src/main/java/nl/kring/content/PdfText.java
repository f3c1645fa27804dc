package nl.kring.content;

import java.io.IOException;

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
}
