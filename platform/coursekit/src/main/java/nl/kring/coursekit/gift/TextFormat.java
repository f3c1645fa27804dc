package nl.kring.coursekit.gift;

import java.util.Locale;
import java.util.Optional;

/**
 * The text formats a GIFT text can name in front of it: {@code [html]}, {@code [moodle]} (Moodle's auto-format: HTML
 * allowed, new lines kept), {@code [plain]} and {@code [markdown]}. A question's text is {@code moodle} unless it says
 * otherwise; its answers and feedback take the question's format unless they say otherwise.
 */
enum TextFormat {
    MOODLE, HTML, PLAIN, MARKDOWN;

    static Optional<TextFormat> named(String name) {
        for (TextFormat format : values()) {
            if (format.name().toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
