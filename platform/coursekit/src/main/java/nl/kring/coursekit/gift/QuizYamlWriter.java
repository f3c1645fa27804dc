package nl.kring.coursekit.gift;

import java.math.BigDecimal;
import java.util.List;

/**
 * Writes imported items as a Kring quiz file ({@code quizzes/<name>.yaml}) in the style of the hand-written quizzes:
 * block style, every text double-quoted under its language, so that a translation is one added line. Each item is
 * preceded by a comment naming its GIFT line and what the import approximated; skipped questions are listed at the top.
 */
public final class QuizYamlWriter {

    /**
     * What goes above the items.
     *
     * @param module   a module id from course.yaml, or empty to leave {@code module:} for the author to fill in
     * @param language the language of every text
     * @param source   the GIFT file name, for the comment at the top
     */
    public record Header(String id, String title, String module, String language, String source) {
    }

    private final Header header;
    private final StringBuilder out = new StringBuilder();

    private QuizYamlWriter(Header header) {
        this.header = header;
    }

    public static String write(Header header, GiftImport imported) {
        return new QuizYamlWriter(header).quiz(imported);
    }

    private String quiz(GiftImport imported) {
        line(0, "# Imported from " + oneLine(header.source()) + " (Moodle GIFT) with import-gift; every text is in '"
                + header.language() + "' only.");
        line(0, "# Add the course's other languages and check the items marked 'import:'; lint <course> lists what is missing.");
        for (ImportNote skipped : imported.skipped()) {
            line(0, "# Not imported: " + oneLine(skipped.toString()));
        }
        line(0, "id: " + header.id());
        localized(0, "title", header.title());
        line(0, header.module().isEmpty() ? "module: \"\"    # fill in a module id from course.yaml" : "module: " + header.module());
        line(0, "items:");
        for (ImportedItem item : imported.items()) {
            out.append('\n');
            line(2, "# GIFT line " + item.line());
            imported.notes().stream().filter(n -> n.itemId().equals(item.id()))
                    .forEach(n -> line(2, "# import: line " + n.line() + ": " + oneLine(n.message())));
            item(item);
        }
        return out.toString();
    }

    private void item(ImportedItem item) {
        line(2, "- id: " + item.id());
        line(4, "type: " + item.type());
        if (item instanceof ImportedItem.TrueFalse trueFalse) {
            line(4, "answer: " + trueFalse.answer());
        }
        localized(4, "text", item.text());
        if (item instanceof ImportedItem.Choice choice) {
            options(choice.options());
        } else if (item instanceof ImportedItem.Matching matching) {
            pairs(matching.pairs());
        } else if (item instanceof ImportedItem.ShortAnswer shortAnswer) {
            accept(shortAnswer.accept());
        } else if (item instanceof ImportedItem.Numeric numeric) {
            line(4, "answer: " + number(numeric.answer()));
            if (numeric.tolerance().signum() != 0) {
                line(4, "tolerance: " + number(numeric.tolerance()));
            }
        }
        if (!item.explanation().isBlank()) {
            localized(4, "explanation", item.explanation());
        }
    }

    private void options(List<ImportedItem.Option> options) {
        line(4, "options:");
        for (ImportedItem.Option option : options) {
            line(6, "- id: " + option.id());
            localized(8, "text", option.text());
            if (option.correct()) {
                line(8, "correct: true");
            }
            if (!option.feedback().isBlank()) {
                localized(8, "feedback", option.feedback());
            }
        }
    }

    private void pairs(List<ImportedItem.Pair> pairs) {
        line(4, "pairs:");
        for (ImportedItem.Pair pair : pairs) {
            line(6, "- id: " + pair.id());
            localized(8, "left", pair.left());
            localized(8, "right", pair.right());
        }
    }

    private void accept(List<String> accepted) {
        line(4, "accept:");
        line(6, header.language() + ": [" + String.join(", ", accepted.stream().map(QuizYamlWriter::quoted).toList()) + "]");
    }

    private void localized(int indent, String key, String text) {
        line(indent, key + ":");
        line(indent + 2, header.language() + ": " + quoted(text));
    }

    private void line(int indent, String text) {
        out.append(" ".repeat(indent)).append(text).append('\n');
    }

    static String number(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    /** A YAML double-quoted scalar: backslashes, quotes and control characters escaped, new lines as {@code \n}. */
    static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }
}
