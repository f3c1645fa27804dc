package nl.kring.coursekit.gift;

/**
 * GIFT's backslash escapes. {@code \~ \= \# \{ \} \:} stand for the character itself, {@code \n} for a new line and
 * {@code \\} for a backslash. Before a question is taken apart they are replaced by characters from Unicode's private
 * use area, so that splitting at {@code ~ = # { }} never splits at an escaped one; {@link #decode} puts the real
 * characters back in the finished texts.
 */
final class Escapes {

    private static final String ESCAPED = "\\:#={}~n";
    private static final char FIRST_PLACEHOLDER = '\uE000';

    private Escapes() {
    }

    static String encode(String text) {
        StringBuilder encoded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int escaped = c == '\\' && i + 1 < text.length() ? ESCAPED.indexOf(text.charAt(i + 1)) : -1;
            if (escaped >= 0) {
                encoded.append((char) (FIRST_PLACEHOLDER + escaped));
                i++;
            } else {
                encoded.append(c);
            }
        }
        return encoded.toString();
    }

    static String decode(String text) {
        StringBuilder decoded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int placeholder = c - FIRST_PLACEHOLDER;
            if (placeholder >= 0 && placeholder < ESCAPED.length()) {
                char original = ESCAPED.charAt(placeholder);
                decoded.append(original == 'n' ? '\n' : original);
            } else {
                decoded.append(c);
            }
        }
        return decoded.toString();
    }
}
