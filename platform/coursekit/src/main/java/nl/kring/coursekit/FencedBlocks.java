package nl.kring.coursekit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced code blocks of a Markdown text (```` ```genogram ```` … ```` ``` ````), with the line where each one's
 * text starts, so that a diagram plugin's problems can be reported at the lesson's own lines. Blocks inside a
 * callout ({@code !!! tip}) or a list are indented; their text is taken without the opening fence's indentation,
 * as the renderer sees it.
 */
public final class FencedBlocks {

    private static final Pattern FENCE = Pattern.compile("^( *)(`{3,}|~{3,})\\s*([^`\\s]*)[^`]*$");

    /**
     * One block.
     *
     * @param info      the language after the opening fence, e.g. {@code genogram}; empty when none
     * @param firstLine the 1-based line of the block's first line of text in the Markdown given
     */
    public record Block(String info, String source, int firstLine) {
    }

    private FencedBlocks() {
    }

    /** Every fenced block in order; an unclosed block runs to the end, as CommonMark says. */
    public static List<Block> of(String markdown) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = markdown.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            String fence = open.group(2);
            int indent = open.group(1).length();
            StringBuilder source = new StringBuilder();
            int j = i + 1;
            while (j < lines.size() && !isClosing(lines.get(j), fence, indent)) {
                source.append(unindent(lines.get(j), indent)).append('\n');
                j++;
            }
            blocks.add(new Block(open.group(3), source.toString(), i + 2));
            i = j;
        }
        return blocks;
    }

    private static boolean isClosing(String line, String fence, int indent) {
        String stripped = line.strip();
        return line.length() - line.stripLeading().length() <= indent + 3 && stripped.length() >= fence.length()
                && stripped.chars().allMatch(c -> c == fence.charAt(0));
    }

    /** The line without up to {@code indent} leading spaces. */
    private static String unindent(String line, int indent) {
        int spaces = 0;
        while (spaces < indent && spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return line.substring(spaces);
    }
}
