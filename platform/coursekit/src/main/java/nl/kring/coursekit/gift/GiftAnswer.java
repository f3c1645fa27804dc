package nl.kring.coursekit.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One answer in a GIFT answer section: its marker ({@code =} right, {@code ~} wrong, or none when the section starts
 * without one), the percentage weight written as {@code %50%} if any, and the rest: the answer text, then an optional
 * {@code #feedback}.
 */
record GiftAnswer(char marker, Optional<BigDecimal> weight, Segment body) {

    static final char NO_MARKER = ' ';
    private static final Pattern WEIGHT = Pattern.compile("^%(-?[0-9]{1,3}(?:\\.[0-9]+)?)%");

    /** Splits {@code answers} before each of {@code markers}, e.g. {@code "=~"} for a multiple-choice question. */
    static List<GiftAnswer> split(Segment answers, String markers) {
        List<GiftAnswer> split = new ArrayList<>();
        for (Segment piece : answers.splitBefore(markers)) {
            char marker = markers.indexOf(piece.text().charAt(0)) >= 0 ? piece.text().charAt(0) : NO_MARKER;
            Segment body = marker == NO_MARKER ? piece : piece.from(1).trim();
            Matcher weight = WEIGHT.matcher(body.text());
            if (weight.find()) {
                split.add(new GiftAnswer(marker, Optional.of(new BigDecimal(weight.group(1))), body.from(weight.end()).trim()));
            } else {
                split.add(new GiftAnswer(marker, Optional.empty(), body));
            }
        }
        return split;
    }

    /** The answer text, before the first {@code #}. */
    Segment text() {
        return body.splitAtFirst('#', 2).get(0).trim();
    }

    /** The feedback after the first {@code #}; empty when there is none. */
    Segment feedback() {
        List<Segment> parts = body.splitAtFirst('#', 2);
        return parts.size() > 1 ? parts.get(1).trim() : new Segment("", body.offset() + body.text().length());
    }

    /** A weight for messages, e.g. {@code 50%}. */
    static String percent(BigDecimal weight) {
        return weight.stripTrailingZeros().toPlainString() + "%";
    }
}
