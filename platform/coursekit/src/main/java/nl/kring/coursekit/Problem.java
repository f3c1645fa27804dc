package nl.kring.coursekit;

/**
 * Something wrong in a course folder, pointing at the file and line a trainer has to fix.
 *
 * @param line     1-based line, or 0 when the problem concerns the whole file
 * @param severity an error stops the course from being packaged or installed; a warning does not
 */
public record Problem(String file, int line, String message, String hint, Severity severity) {

    public enum Severity { ERROR, WARNING }

    /** An error. */
    public Problem(String file, int line, String message, String hint) {
        this(file, line, message, hint, Severity.ERROR);
    }

    public static Problem warning(String file, int line, String message, String hint) {
        return new Problem(file, line, message, hint, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        String level = isError() ? "" : "warning: ";
        return hint == null || hint.isBlank() ? where + ": " + level + message : where + ": " + level + message + " (" + hint + ")";
    }
}
