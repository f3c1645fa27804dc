package nl.kring.genogram;

import java.util.ArrayList;
import java.util.List;

/** A legend of the symbols and lines a drawing uses (and no others), in rows of columns. */
final class Legend {

    static final double COLUMN = 330;
    static final double LINE = 38;
    private static final double HEAD = 46;

    /** Draws a sample of a symbol or line centred at {@code (x, y)}, in a box about 56 by 30. */
    interface Sample {
        void draw(Svg svg, double x, double y);
    }

    private record Item(String label, Sample sample) {
    }

    private final List<Item> items = new ArrayList<>();
    private final Words words;

    Legend(Words words) {
        this.words = words;
    }

    Legend add(String label, Sample sample) {
        items.add(new Item(label, sample));
        return this;
    }

    int size() {
        return items.size();
    }

    static int columns(double width) {
        return Math.max(2, (int) ((width - 2 * 40) / COLUMN));
    }

    double height(double width) {
        int rows = (items.size() + columns(width) - 1) / columns(width);
        return HEAD + rows * LINE + 10;
    }

    /** Draws the legend with its top-left corner at {@code (left, top)}. */
    void draw(Svg svg, double left, double top, double width) {
        svg.open("g", "font-family", GenogramSvg.FONT, "fill", Symbols.INK);
        svg.empty("line", "x1", left, "y1", top, "x2", left + Math.max(width - 2 * left, COLUMN * 2), "y2", top,
                "stroke", "#bbbbbb", "stroke-width", 1);
        svg.text("text", words.t("legend"), "x", left, "y", top + 24, "font-size", 14, "font-weight", "bold");
        svg.text("text", words.t("source"), "x", left + 90, "y", top + 24, "font-size", 11, "font-style", "italic",
                "fill", "#555555");
        int columns = columns(width);
        for (int i = 0; i < items.size(); i++) {
            double x = left + (i % columns) * COLUMN;
            double y = top + HEAD + (i / columns) * LINE + 10;
            items.get(i).sample().draw(svg, x + 28, y);
            svg.text("text", items.get(i).label(), "x", x + 66, "y", y + 4, "font-size", 12);
        }
        svg.close();
    }
}
