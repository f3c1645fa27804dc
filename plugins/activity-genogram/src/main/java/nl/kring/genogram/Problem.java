package nl.kring.genogram;

import nl.kring.api.activity.ActivityProblem;

/**
 * Something wrong in a genogram or network map, with its 1-based line (0 for the whole text). Shown as
 * {@code line 7: unknown person 'jan' (people are ernst, laura, …)}; a warning as
 * {@code line 1: warning: no index person (…)}.
 *
 * <p>An error means the drawing leaves something out or may be wrong; a warning means it is drawn but probably not
 * what was meant.
 */
public record Problem(int line, Severity severity, String message, String hint) {

    public enum Severity {
        ERROR, WARNING
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** As an activity problem at {@code offset + line} in the file the notation is part of (a warning says so). */
    public ActivityProblem toActivityProblem(int offset) {
        return new ActivityProblem(line == 0 ? offset : offset + line,
                (severity == Severity.WARNING ? "warning: " : "") + message, hint);
    }

    @Override
    public String toString() {
        return "line " + line + ": " + (severity == Severity.WARNING ? "warning: " : "") + message
                + (hint == null || hint.isEmpty() ? "" : " (" + hint + ")");
    }
}
