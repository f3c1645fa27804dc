package nl.kring.coursekit;

/**
 * Something wrong in a course folder, pointing at the file and line a trainer has to fix.
 *
 * @param line 1-based line, or 0 when the problem concerns the whole file
 */
public record Problem(String file, int line, String message, String hint) {

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return hint == null || hint.isBlank() ? where + ": " + message : where + ": " + message + " (" + hint + ")";
    }
}
