package nl.kring.coursekit.gift;

/**
 * Something the import report tells about one place in the GIFT file.
 *
 * @param line   the 1-based line in the GIFT file
 * @param itemId the id of the imported item this note is about; empty for skipped questions and categories
 */
public record ImportNote(int line, Kind kind, String message, String itemId) {

    public enum Kind {
        /** The question was not imported. */
        SKIPPED("skipped"),
        /** The question was imported, but not everything carries over exactly. */
        APPROXIMATED("approximated"),
        /** Not a question, left out on purpose (a category). */
        IGNORED("ignored");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static ImportNote skipped(int line, String message) {
        return new ImportNote(line, Kind.SKIPPED, message, "");
    }

    static ImportNote ignored(int line, String message) {
        return new ImportNote(line, Kind.IGNORED, message, "");
    }

    /** {@code line 40: skipped: essay questions are not supported …} */
    @Override
    public String toString() {
        return "line " + line + ": " + kind.label() + ": " + message;
    }
}
