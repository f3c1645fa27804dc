package nl.kring.coursekit.gift;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the simple HTML of Moodle question texts into Markdown (for feedback and explanations) or plain text (for
 * question and option texts, which Kring shows as plain text). Paragraphs, line breaks, bold, italic, links, lists and
 * headings carry over; every other tag is removed and named in {@link Converted#lost()}, so the import can report it.
 */
final class HtmlText {

    enum Target { MARKDOWN, PLAIN }

    /** The converted text and what could not be carried over, e.g. {@code bold} or {@code image 'kaart.png'}. */
    record Converted(String text, Set<String> lost) {
    }

    private static final Pattern TAG = Pattern.compile(
            "<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("(?i)\\b(href|src)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);");
    private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("hellip", "…"), Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("lsquo", "‘"),
            Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("euro", "€"));
    private static final Set<String> BLOCKS = Set.of("p", "div", "ul", "ol", "blockquote", "table", "pre");
    private static final Set<String> SILENT = Set.of("span", "font", "br", "li", "a", "b", "strong", "i", "em",
            "tbody", "thead", "tr", "td", "th");
    private static final Set<String> DROP_CONTENT = Set.of("script", "style");
    /** Marks a forced line break, a paragraph break and the start of a list item while the text is built. */
    private static final char BREAK = '\u0001';
    private static final char PARAGRAPH = '\u0002';
    private static final char ITEM = '\u0003';

    private final Target target;
    private final boolean newlinesAreBreaks;
    private final StringBuilder out = new StringBuilder();
    private final Set<String> lost = new TreeSet<>();
    private final Deque<String> links = new ArrayDeque<>();
    private int dropping;

    private HtmlText(Target target, boolean newlinesAreBreaks) {
        this.target = target;
        this.newlinesAreBreaks = newlinesAreBreaks;
    }

    /**
     * @param newlinesAreBreaks true for Moodle's auto-format, where a new line in the text is a line break; in HTML it
     *                          is a space
     */
    static Converted convert(String html, boolean newlinesAreBreaks, Target target) {
        HtmlText converter = new HtmlText(target, newlinesAreBreaks);
        Matcher tag = TAG.matcher(html);
        int at = 0;
        while (tag.find()) {
            converter.text(html.substring(at, tag.start()));
            if (tag.group(2) != null) {
                converter.tag(tag.group(2).toLowerCase(Locale.ROOT), !tag.group(1).isEmpty(), tag.group(3));
            }
            at = tag.end();
        }
        converter.text(html.substring(at));
        return new Converted(converter.finish(), converter.lost);
    }

    private void text(String text) {
        if (dropping > 0 || text.isEmpty()) {
            return;
        }
        String spaced = decodeEntities(text.replaceAll("[ \\t\\x0B\\f\\r]+", " "))
                .replace('\n', newlinesAreBreaks ? BREAK : ' ');
        if (target == Target.PLAIN) {
            out.append(spaced);
            return;
        }
        String[] lines = spaced.split(String.valueOf(BREAK), -1);
        for (int n = 0; n < lines.length; n++) {
            if (n > 0) {
                out.append(BREAK);
            }
            String line = MarkdownEscapes.inline(lines[n]);
            out.append(atLineStart() ? MarkdownEscapes.lineStart(line) : line);
        }
    }

    /** Whether the next text starts a line of the result (where {@code #} or {@code - } would start a block). */
    private boolean atLineStart() {
        int i = out.length() - 1;
        while (i >= 0 && out.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || out.charAt(i) == BREAK || out.charAt(i) == PARAGRAPH;
    }

    private void tag(String name, boolean closing, String attributes) {
        if (DROP_CONTENT.contains(name)) {
            dropping = Math.max(0, dropping + (closing ? -1 : 1));
            lost.add("<" + name + ">");
            return;
        }
        if (dropping > 0) {
            return;
        }
        switch (name) {
            case "br" -> out.append(BREAK);
            case "b", "strong" -> emphasis("**", "bold");
            case "i", "em" -> emphasis("*", "italic");
            case "li" -> {
                if (!closing) {
                    out.append(ITEM).append("- ");
                }
            }
            case "a" -> link(closing, attributes);
            case "img" -> lost.add(attribute(attributes, "src").map(src -> "image '" + src.replace("@@PLUGINFILE@@/", "") + "'")
                    .orElse("image"));
            case "td", "th" -> out.append(' ');
            case "tr" -> out.append(BREAK);
            default -> {
                if (name.matches("h[1-6]")) {
                    heading(closing);
                } else if (!BLOCKS.contains(name) && !SILENT.contains(name)) {
                    lost.add("<" + name + ">");
                }
            }
        }
        if (BLOCKS.contains(name)) {
            out.append(PARAGRAPH);
            if (name.equals("table")) {
                lost.add("table layout");
            }
        }
    }

    /** A heading becomes a paragraph of its own in bold. */
    private void heading(boolean closing) {
        if (closing) {
            emphasis("**", "heading");
            out.append(PARAGRAPH);
        } else {
            out.append(PARAGRAPH);
            emphasis("**", "heading");
        }
    }

    private void emphasis(String marker, String what) {
        if (target == Target.MARKDOWN) {
            out.append(marker);
        } else {
            lost.add(what);
        }
    }

    private void link(boolean closing, String attributes) {
        if (!closing) {
            links.push(attribute(attributes, "href").orElse(""));
            if (target == Target.MARKDOWN && !links.peek().isEmpty()) {
                out.append('[');
            }
            return;
        }
        String href = links.isEmpty() ? "" : links.pop();
        if (href.isEmpty()) {
            return;
        }
        out.append(target == Target.MARKDOWN ? "](" + href + ")" : " (" + href + ")");
    }

    private static java.util.Optional<String> attribute(String attributes, String name) {
        Matcher attribute = ATTRIBUTE.matcher(attributes);
        while (attribute.find()) {
            if (attribute.group(1).equalsIgnoreCase(name)) {
                String value = attribute.group(2);
                if (value.startsWith("\"") || value.startsWith("'")) {
                    value = value.substring(1, value.length() - 1);
                }
                return java.util.Optional.of(decodeEntities(value.trim()));
            }
        }
        return java.util.Optional.empty();
    }

    static String decodeEntities(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String replacement;
            if (name.startsWith("#x") || name.startsWith("#X")) {
                replacement = codePoint(Integer.parseInt(name.substring(2), 16));
            } else if (name.startsWith("#")) {
                replacement = codePoint(Integer.parseInt(name.substring(1)));
            } else {
                replacement = ENTITIES.getOrDefault(name, entity.group());
            }
            entity.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
        }
        entity.appendTail(decoded);
        return decoded.toString();
    }

    private static String codePoint(int codePoint) {
        return Character.isValidCodePoint(codePoint) && codePoint != 0 ? Character.toString(codePoint) : "";
    }

    /** Turns the runs of break marks (and the spaces between them) into new lines. */
    private String finish() {
        String text = out.toString();
        StringBuilder result = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!isMark(c) && !(c == ' ' && startsMarkRun(text, i))) {
                result.append(c);
                i++;
                continue;
            }
            int breaks = 0;
            boolean paragraph = false;
            boolean item = false;
            while (i < text.length() && (isMark(text.charAt(i)) || text.charAt(i) == ' ' && startsMarkRun(text, i))) {
                breaks += text.charAt(i) == BREAK ? 1 : 0;
                paragraph |= text.charAt(i) == PARAGRAPH;
                item |= text.charAt(i) == ITEM;
                i++;
            }
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            trimEnd(result);
            if (result.isEmpty() || i >= text.length()) {
                continue;
            }
            if (paragraph || breaks >= 2) {
                result.append("\n\n");
            } else if (item || target == Target.PLAIN) {
                result.append('\n');
            } else {
                result.append("\\\n");
            }
        }
        return result.toString().replaceAll(" {2,}", " ").trim();
    }

    private static boolean isMark(char c) {
        return c == BREAK || c == PARAGRAPH || c == ITEM;
    }

    /** Whether the spaces starting at {@code i} lead up to a break mark. */
    private static boolean startsMarkRun(String text, int i) {
        int j = i;
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        return j < text.length() && isMark(text.charAt(j));
    }

    private static void trimEnd(StringBuilder text) {
        while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
    }
}
