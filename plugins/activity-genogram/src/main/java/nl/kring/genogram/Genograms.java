package nl.kring.genogram;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The entry point: genograms and network maps from their notation to a checked model, an accessible SVG drawing
 * and a text alternative. Thread-safe and without state; the same input always gives the same bytes.
 *
 * <pre>{@code
 * Rendered r = Genograms.render("""
 *         genogram
 *         person ernst male "Ernst" born 1968 index substance
 *         person laura female "Laura" born 1970
 *         couple ernst laura married 1992
 *         """, "nl");
 * r.svg();        // <svg role="img" aria-labelledby="…"> … with a legend of what is used
 * r.text();       // "**Genogram van Ernst** …" in Markdown
 * r.problems();   // [] or e.g. "line 7: unknown person 'jan' (people are ernst, laura)"
 * }</pre>
 *
 * <p>Which notation: a first line {@code genogram} or {@code network-map} (also {@code netwerkkaart},
 * {@code ecogram}); otherwise the language of the Markdown code block it came from ({@link #render(String, String,
 * String)}); otherwise a text starting with {@code map}, {@code node} or {@code link} is a network map and anything
 * else a genogram.
 */
public final class Genograms {

    /** The code-block languages that hold a genogram or network map. */
    public static final Set<String> BLOCK_LANGUAGES = Set.of("genogram", "network-map", "netwerkkaart", "ecogram");

    private Genograms() {
    }

    /** Reads the notation; the kind from its first line, or guessed. */
    public static Parsed parse(String notation) {
        return new NotationReader().read(notation, null);
    }

    /**
     * Reads the notation of a Markdown code block.
     *
     * @param blockLanguage the block's language, e.g. {@code genogram} or {@code network-map}; null if unknown
     */
    public static Parsed parse(String notation, String blockLanguage) {
        return new NotationReader().read(notation, blockLanguage);
    }

    /** The problems of the notation, ordered by line: errors and warnings (see {@link Problem}). */
    public static List<Problem> check(String notation) {
        return parse(notation).problems();
    }

    /** The problems of the notation of a code block in {@code blockLanguage}. */
    public static List<Problem> check(String notation, String blockLanguage) {
        return parse(notation, blockLanguage).problems();
    }

    /**
     * Draws the notation.
     *
     * @param language {@code nl} or {@code en} (anything else is English): the legend, labels and text alternative
     */
    public static Rendered render(String notation, String language) {
        return render(parse(notation), notation, language);
    }

    /** Draws the notation of a Markdown code block in {@code blockLanguage} ({@code genogram}, {@code network-map}). */
    public static Rendered render(String notation, String blockLanguage, String language) {
        return render(parse(notation, blockLanguage), notation, language);
    }

    /** Draws a model, e.g. a model answer after comparing (the result has no problems). */
    public static Rendered render(Diagram diagram, String language) {
        return render(new Parsed(diagram, List.of()), identity(diagram), language);
    }

    private static Rendered render(Parsed parsed, String notation, String language) {
        Words words = Words.of(language);
        String prefix = "kg" + crc(notation + "\u0000" + language) + "-";
        Diagram diagram = parsed.diagram();
        String svg;
        String text;
        if (diagram instanceof Genogram g) {
            Layout layout = Layout.of(g);
            text = TextAlternative.genogram(g, layout, words);
            svg = GenogramSvg.render(g, layout, words, prefix, TextAlternative.title(g, words),
                    TextAlternative.plain(text));
        } else {
            NetworkMap m = (NetworkMap) diagram;
            text = TextAlternative.networkMap(m, words);
            svg = NetworkMapSvg.of(m, words, prefix).render(TextAlternative.title(m, words),
                    TextAlternative.plain(text));
        }
        return new Rendered(svg, text, parsed.problems(), diagram);
    }

    private static String identity(Diagram diagram) {
        StringBuilder b = new StringBuilder(diagram.title());
        if (diagram instanceof Genogram g) {
            g.people().forEach(p -> b.append('|').append(p.id()).append(':').append(p.label()));
        } else if (diagram instanceof NetworkMap m) {
            m.nodes().forEach(n -> b.append('|').append(n.id()).append(':').append(n.label()));
        }
        return b.toString();
    }

    private static String crc(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return String.format(Locale.ROOT, "%08x", crc.getValue());
    }
}
