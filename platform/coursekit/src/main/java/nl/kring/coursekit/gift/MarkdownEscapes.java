package nl.kring.coursekit.gift;

import java.util.regex.Pattern;

/**
 * Backslash escapes that keep text from a GIFT file literal once it is read as Markdown: {@code # is a control
 * character} must not become a heading, {@code 2*3*4} not italics, {@code <b>} written as text not a (suppressed) tag.
 */
final class MarkdownEscapes {

    private static final Pattern BLOCK_START = Pattern.compile("^( *)([#>]|[-+*](?= |$)|[0-9]+(?=[.)]( |$)))");
    private static final Pattern HTML_LIKE = Pattern.compile("<(?=[a-zA-Z/!?])");

    private MarkdownEscapes() {
    }

    /** Escapes what would be Markdown anywhere in a line: {@code *}, {@code `} and a {@code <} that opens a tag. */
    static String inline(String text) {
        String escaped = text.replace("*", "\\*").replace("`", "\\`");
        return HTML_LIKE.matcher(escaped).replaceAll("\\\\<");
    }

    /** Escapes what would start a heading, quote or list when {@code line} starts a line. */
    static String lineStart(String line) {
        var start = BLOCK_START.matcher(line);
        if (!start.find()) {
            return line;
        }
        if (Character.isDigit(start.group(2).charAt(0))) {
            int dot = start.end();
            return line.substring(0, dot) + "\\" + line.substring(dot);
        }
        return start.group(1) + "\\" + line.substring(start.group(1).length());
    }

    /** Escapes every line of plain text. */
    static String plainText(String text) {
        StringBuilder escaped = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!escaped.isEmpty()) {
                escaped.append('\n');
            }
            escaped.append(lineStart(inline(line)));
        }
        return escaped.toString();
    }
}
