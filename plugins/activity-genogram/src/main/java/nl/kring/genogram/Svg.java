package nl.kring.genogram;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Writes SVG as text, with a fixed set of elements and attributes: no scripts, no links, no event attributes, no
 * external references (only {@code url(#id)} to a pattern in the same drawing). Every text and attribute value is
 * escaped, so names written by course authors or learners cannot break out of the drawing.
 */
final class Svg {

    /** The only elements a drawing may contain. */
    static final Set<String> ELEMENTS = Set.of("svg", "title", "desc", "defs", "pattern", "g", "rect", "circle",
            "line", "polyline", "polygon", "path", "text");
    private static final Set<String> ATTRIBUTES = Set.of("xmlns", "role", "aria-labelledby", "width", "height",
            "viewBox", "id", "x", "y", "rx", "x1", "y1", "x2", "y2", "cx", "cy", "r", "points", "d", "fill", "stroke",
            "stroke-width", "stroke-dasharray", "stroke-linecap", "stroke-linejoin", "font-family", "font-size",
            "font-weight", "font-style", "text-anchor", "paint-order", "patternUnits", "patternTransform",
            "aria-hidden", "fill-opacity", "opacity");

    private final StringBuilder out = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();

    /** Opens an element; {@code attributes} are name, value, name, value … (a null value leaves the pair out). */
    Svg open(String element, Object... attributes) {
        start(element, attributes);
        out.append(">\n");
        open.push(element);
        return this;
    }

    Svg close() {
        out.append("</").append(open.pop()).append(">\n");
        return this;
    }

    /** An element without content. */
    Svg empty(String element, Object... attributes) {
        start(element, attributes);
        out.append("/>\n");
        return this;
    }

    /** An element with text content (escaped). */
    Svg text(String element, String content, Object... attributes) {
        start(element, attributes);
        out.append('>').append(escape(content)).append("</").append(element).append(">\n");
        return this;
    }

    private void start(String element, Object[] attributes) {
        if (!ELEMENTS.contains(element)) {
            throw new IllegalArgumentException("element not allowed: " + element);
        }
        out.append("  ".repeat(open.size())).append('<').append(element);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            String name = (String) attributes[i];
            Object value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            if (!ATTRIBUTES.contains(name)) {
                throw new IllegalArgumentException("attribute not allowed: " + name);
            }
            String text = value instanceof Double d ? number(d) : String.valueOf(value);
            if (text.contains("url(") && !text.matches("url\\(#[A-Za-z0-9_-]+\\)")) {
                throw new IllegalArgumentException("only references inside the drawing are allowed: " + text);
            }
            out.append(' ').append(name).append("=\"").append(escape(text)).append('"');
        }
    }

    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }

    /** A number with at most one decimal, without trailing zeros (the same bytes on every machine). */
    static String number(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros();
        String text = rounded.toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    /** Escapes text for XML content and attribute values, dropping characters XML does not allow. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                            || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
                    if (allowed) {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }

    /** Path data from numbers: {@code d("M", x, y, "L", x2, y2)}. */
    static String d(Object... parts) {
        StringBuilder b = new StringBuilder();
        for (Object part : parts) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(part instanceof Number n ? number(n.doubleValue()) : String.valueOf(part));
        }
        return b.toString();
    }

    /** Polygon or polyline points. */
    static String points(double... xy) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i + 1 < xy.length; i += 2) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(number(xy[i])).append(',').append(number(xy[i + 1]));
        }
        return b.toString();
    }
}
