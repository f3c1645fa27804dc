package nl.kring.coursekit.gift;

/**
 * A GIFT text (escapes still encoded) with the format it is written in.
 *
 * @param text the text without its {@code [format]} prefix
 */
record FormattedText(String text, TextFormat format) {

    static final FormattedText NONE = new FormattedText("", TextFormat.PLAIN);

    /** Reads a leading {@code [html]}, {@code [moodle]}, {@code [plain]} or {@code [markdown]}; else {@code otherwise}. */
    static FormattedText of(String text, TextFormat otherwise) {
        String trimmed = text.trim();
        int end = trimmed.indexOf(']');
        if (trimmed.startsWith("[") && end > 0) {
            var named = TextFormat.named(trimmed.substring(1, end));
            if (named.isPresent()) {
                return new FormattedText(trimmed.substring(end + 1).trim(), named.get());
            }
        }
        return new FormattedText(trimmed, otherwise);
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
