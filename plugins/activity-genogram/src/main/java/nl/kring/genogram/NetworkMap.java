package nl.kring.genogram;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.kring.genogram.Genogram.Marker;
import nl.kring.genogram.Genogram.Sex;

/**
 * A parsed network map (netwerkkaart, ecogram): the client in the centre and the people and organisations around
 * them, each in a sector at a distance of 1 (close) to 3 (far), with lines for support, stress and conflict. Like
 * {@link Genogram}, every reference resolves and the records hold no line numbers.
 *
 * @param client the person in the centre; null only when the notation names none (an error)
 * @param nodes  in the order they were written
 * @param links  in the order they were written
 */
public record NetworkMap(String title, Node client, List<Node> nodes, List<Link> links) implements Diagram {

    public NetworkMap {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
    }

    public Optional<Node> node(String id) {
        if (client != null && client.id().equals(id)) {
            return Optional.of(client);
        }
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** The sectors of a network map, in the order they are drawn (clockwise from the top). */
    public enum Sector {
        FAMILY("family"), FRIENDS("friends"), WORK("work"), CARE("care"), OTHER("other");

        private final String word;

        Sector(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** The kind of line between two people of a network map. */
    public enum LinkType {
        SUPPORT, STRESS, CONFLICT;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A person or organisation.
     *
     * @param sex      {@link Sex#UNKNOWN} when not written; organisations are {@code org}, see {@link #organisation}
     * @param sector   null for the client
     * @param distance 1 (close) to 3 (far); 0 for the client
     */
    public record Node(String id, Sex sex, boolean organisation, String label, Sector sector, int distance,
                       Set<Marker> markers) {

        public Node {
            markers = markers.isEmpty() ? Set.of()
                    : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(markers));
        }
    }

    /** A line between {@code from} and {@code to}; a link written with one id goes to the client. */
    public record Link(String from, String to, LinkType type) {

        public boolean is(String x, String y) {
            return from.equals(x) && to.equals(y) || from.equals(y) && to.equals(x);
        }
    }
}
