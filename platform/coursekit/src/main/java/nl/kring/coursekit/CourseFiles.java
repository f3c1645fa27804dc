package nl.kring.coursekit;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** The files of one course, wherever they live: an unpacked folder while authoring, a plugin jar once packaged. */
public interface CourseFiles {

    /** Where the files come from, for messages (a folder or jar path). */
    String origin();

    /** Every file path relative to the course root, with {@code /} separators, sorted. */
    List<String> list() throws IOException;

    /** The bytes of {@code path} (relative to the course root), or empty when there is no such file. */
    Optional<byte[]> read(String path) throws IOException;

    /**
     * Normalises a relative path inside the course and refuses anything that would leave it
     * ({@code ..} above the root, absolute paths, backslashes).
     *
     * @return the normalised path, or empty when the path is not a safe course path
     */
    static Optional<String> safePath(String path) {
        if (path == null || path.isBlank() || path.startsWith("/") || path.contains("\\") || path.contains(":")) {
            return Optional.empty();
        }
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
    }
}
