package nl.kring.coursekit.gift;

import java.util.ArrayList;
import java.util.List;

/**
 * One question of a GIFT file: the lines between blank lines, with comment lines ({@code //}) emptied and escapes
 * encoded (see {@link Escapes}). Knows the line each character came from.
 *
 * @param firstLine the 1-based line of the block's first line in the file
 */
record GiftBlock(int firstLine, String text) {

    /** Splits a GIFT file into blocks; a line that is blank (or only white space) ends a question. */
    static List<GiftBlock> split(String gift) {
        List<GiftBlock> blocks = new ArrayList<>();
        String[] lines = gift.split("\r\n|\r|\n", -1);
        StringBuilder block = new StringBuilder();
        int first = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                if (first > 0) {
                    blocks.add(new GiftBlock(first, Escapes.encode(block.toString())));
                }
                block.setLength(0);
                first = 0;
                continue;
            }
            if (first == 0) {
                first = i + 1;
            } else {
                block.append('\n');
            }
            block.append(line.startsWith("//") ? "" : line);
        }
        if (first > 0) {
            blocks.add(new GiftBlock(first, Escapes.encode(block.toString())));
        }
        return blocks;
    }

    Segment segment() {
        return new Segment(text, 0);
    }

    /** The file line of the character at {@code offset}. */
    int lineAt(int offset) {
        int line = firstLine;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
