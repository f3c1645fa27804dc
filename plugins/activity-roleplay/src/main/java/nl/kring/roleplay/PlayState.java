package nl.kring.roleplay;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The state a role-play keeps between steps: the path the learner took, one move per line after a header.
 *
 * <pre>
 * kring-role-play 1
 * begin a
 * open ~complex-reflection Je wilt er zelf over beslissen.%0AEn je twijfelt.
 * zorgen b
 * </pre>
 *
 * A move is the id of the node where it was made, then either the id of the chosen response or, for a typed
 * response, {@code ~} and the learner's own code, a space and the typed text. In the text {@code %}, line feeds and
 * carriage returns are written as {@code %25}, {@code %0A} and {@code %0D}, so every move stays on one line. The
 * empty string is the start (no moves yet). The nodes visited follow from the moves, so they are not stored twice.
 */
final class PlayState {

    static final String HEADER = "kring-role-play 1";
    /** What the platform keeps at most, in bytes (UTF-8). */
    static final int MAX_BYTES = 64 * 1024;

    /**
     * One move.
     *
     * @param node     where the learner was
     * @param response the id of the chosen response, or {@code null} for a typed response
     * @param code     for a typed response, the learner's own code; otherwise {@code null}
     * @param text     for a typed response, what the learner typed; otherwise {@code null}
     */
    record Move(String node, String response, Code code, String text) {

        static Move chosen(String node, String response) {
            return new Move(node, response, null, null);
        }

        static Move typed(String node, Code code, String text) {
            return new Move(node, null, code, text);
        }

        boolean isTyped() {
            return response == null;
        }
    }

    private PlayState() {
    }

    /**
     * @throws IllegalArgumentException when {@code state} is not a role-play state
     */
    static List<Move> parse(String state) {
        List<Move> moves = new ArrayList<>();
        if (state == null || state.isEmpty()) {
            return moves;
        }
        String[] lines = state.split("\n", -1);
        if (!HEADER.equals(lines[0])) {
            throw new IllegalArgumentException("not a role-play state (it should start with '" + HEADER + "')");
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            if (line.isEmpty() && i == lines.length - 1) {
                break;
            }
            String[] parts = line.split(" ", 3);
            if (parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
                throw new IllegalArgumentException("role-play state line " + (i + 1) + " is not '<node> <response>'");
            }
            if (parts[1].startsWith("~")) {
                Code code = Code.byId(parts[1].substring(1)).orElseThrow(() -> new IllegalArgumentException(
                        "role-play state line " + number + " has an unknown code '" + parts[1].substring(1) + "'"));
                String text = parts.length == 3 ? unescape(parts[2]) : "";
                if (text.isBlank()) {
                    throw new IllegalArgumentException("role-play state line " + (i + 1) + " has no typed text");
                }
                moves.add(Move.typed(parts[0], code, text));
            } else {
                if (parts.length == 3) {
                    throw new IllegalArgumentException("role-play state line " + (i + 1) + " is not '<node> <response>'");
                }
                moves.add(Move.chosen(parts[0], parts[1]));
            }
        }
        return moves;
    }

    static String format(List<Move> moves) {
        if (moves.isEmpty()) {
            return "";
        }
        StringBuilder state = new StringBuilder(HEADER);
        for (Move move : moves) {
            state.append('\n').append(move.node()).append(' ');
            if (move.isTyped()) {
                state.append('~').append(move.code().id()).append(' ').append(escape(move.text()));
            } else {
                state.append(move.response());
            }
        }
        return state.toString();
    }

    static int bytes(String state) {
        return state.getBytes(StandardCharsets.UTF_8).length;
    }

    static String escape(String text) {
        return text.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D");
    }

    static String unescape(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '%') {
                plain.append(c);
                continue;
            }
            String code = i + 3 <= text.length() ? text.substring(i + 1, i + 3) : "";
            switch (code) {
                case "25" -> plain.append('%');
                case "0A" -> plain.append('\n');
                case "0D" -> plain.append('\r');
                default -> throw new IllegalArgumentException("role-play state: '%" + code + "' is not an escape");
            }
            i += 2;
        }
        return plain.toString();
    }
}
