package nl.kring.genogram;

/** What the notation describes: a {@link Genogram} or a {@link NetworkMap}. */
public sealed interface Diagram permits Genogram, NetworkMap {

    /** The title line, or empty. */
    String title();

    /** Which of the two notations. */
    enum Kind {
        GENOGRAM("genogram"), NETWORK_MAP("network-map");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** The header line and block language, {@code genogram} or {@code network-map}. */
        public String word() {
            return word;
        }
    }
}
