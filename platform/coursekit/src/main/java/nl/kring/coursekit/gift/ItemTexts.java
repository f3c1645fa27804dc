package nl.kring.coursekit.gift;

import java.util.Set;
import java.util.TreeSet;

/**
 * Converts the texts of one question into what Kring shows: plain text for the question, options, pairs and accepted
 * answers; Markdown for feedback and explanations. Remembers what was lost on the way, for the import report.
 */
final class ItemTexts {

    /** Stands for the braces of a "missing word" question until the text is converted. */
    static final String BLANK_MARK = "\uE0FF";
    static final String BLANK = "___";

    private final Set<String> lostFromPlain = new TreeSet<>();
    private final Set<String> lostFromMarkdown = new TreeSet<>();

    /** For question, option and pair texts and accepted answers. */
    String plain(FormattedText text) {
        return convert(text, HtmlText.Target.PLAIN, lostFromPlain);
    }

    /** For feedback and explanations. */
    String markdown(FormattedText text) {
        return convert(text, HtmlText.Target.MARKDOWN, lostFromMarkdown);
    }

    private static String convert(FormattedText text, HtmlText.Target target, Set<String> lost) {
        String decoded = Escapes.decode(text.text());
        String converted = switch (text.format()) {
            case HTML, MOODLE -> {
                // a new line in the file only wraps the text; \n asks for a line break, which Moodle's format shows
                String html = Escapes.decode(text.text().replace('\n', ' '));
                HtmlText.Converted result = HtmlText.convert(html, text.format() == TextFormat.MOODLE, target);
                lost.addAll(result.lost());
                yield result.text();
            }
            case MARKDOWN -> target == HtmlText.Target.PLAIN ? withoutBold(decoded, lost) : decoded.trim();
            case PLAIN -> target == HtmlText.Target.PLAIN ? decoded.trim() : MarkdownEscapes.plainText(decoded.trim());
        };
        return converted.replace(BLANK_MARK, BLANK).replaceAll("\n{3,}", "\n\n");
    }

    private static String withoutBold(String markdown, Set<String> lost) {
        String plain = markdown.replaceAll("\\*\\*(.+?)\\*\\*", "$1");
        if (!plain.equals(markdown)) {
            lost.add("bold");
        }
        return plain.trim();
    }

    /** What the import report says about this question's texts; empty when nothing was lost. */
    java.util.List<String> losses() {
        java.util.List<String> messages = new java.util.ArrayList<>();
        if (!lostFromPlain.isEmpty()) {
            messages.add("Kring shows question and option texts as plain text, so this was dropped from them: "
                    + String.join(", ", lostFromPlain));
        }
        if (!lostFromMarkdown.isEmpty()) {
            messages.add("no Markdown equivalent, removed from feedback: " + String.join(", ", lostFromMarkdown));
        }
        return messages;
    }
}
