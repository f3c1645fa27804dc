package nl.kring.coursekit.gift;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of a question block and the offset where it starts in the block, so that a note about one answer can name
 * that answer's line.
 */
record Segment(String text, int offset) {

    boolean isEmpty() {
        return text.isEmpty();
    }

    boolean startsWith(String prefix) {
        return text.startsWith(prefix);
    }

    int indexOf(String part) {
        return text.indexOf(part);
    }

    int indexOf(String part, int from) {
        return text.indexOf(part, from);
    }

    Segment sub(int from, int to) {
        return new Segment(text.substring(from, to), offset + from);
    }

    Segment from(int from) {
        return sub(from, text.length());
    }

    /** Without leading and trailing white space, like {@link String#trim()}. */
    Segment trim() {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) <= ' ') {
            end--;
        }
        return sub(start, end);
    }

    /** Splits at the first {@code separator}: the part before it and, when there is one, the part after it. */
    List<Segment> splitAtFirst(char separator, int parts) {
        List<Segment> split = new ArrayList<>();
        Segment rest = this;
        while (split.size() < parts - 1) {
            int at = rest.text.indexOf(separator);
            if (at < 0) {
                break;
            }
            split.add(rest.sub(0, at));
            rest = rest.from(at + 1);
        }
        split.add(rest);
        return split;
    }

    /**
     * Splits before every one of {@code markers}, so that each piece starts with its marker; text before the first
     * marker, when not blank, is a piece of its own.
     */
    List<Segment> splitBefore(String markers) {
        List<Segment> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (markers.indexOf(text.charAt(i)) >= 0) {
                addUnlessBlank(pieces, sub(start, i));
                start = i;
            }
        }
        addUnlessBlank(pieces, from(start));
        return pieces;
    }

    private static void addUnlessBlank(List<Segment> pieces, Segment piece) {
        Segment trimmed = piece.trim();
        if (!trimmed.isEmpty()) {
            pieces.add(trimmed);
        }
    }
}
