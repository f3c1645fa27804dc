package nl.kring.team;

import java.util.concurrent.CancellationException;

/**
 * Hears how far a long export has come, and may stop it: {@link #reached} may throw {@link CancellationException}
 * when the person who asked for the export cancelled it or went away.
 */
@FunctionalInterface
public interface ExportProgress {

    /** For exports nobody watches. */
    ExportProgress NONE = (phase, team, done, total) -> {
    };

    /**
     * @param phase reading the teams from the database, or writing the file
     * @param team  the team being read or written
     * @param done  steps done so far, including this one
     * @param total steps in all
     * @throws CancellationException to stop the export
     */
    void reached(Phase phase, String team, int done, int total);

    /** The phases of an export. */
    enum Phase { READING, WRITING }
}
