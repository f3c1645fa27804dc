package nl.kring.genogram;

import java.util.List;
import java.util.Optional;

/**
 * What {@link Genograms#parse} read: the diagram (always there, possibly empty, leaving out what the problems say
 * was wrong) and the problems, ordered by line.
 */
public record Parsed(Diagram diagram, List<Problem> problems) {

    public Parsed {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public Diagram.Kind kind() {
        return diagram instanceof NetworkMap ? Diagram.Kind.NETWORK_MAP : Diagram.Kind.GENOGRAM;
    }

    public Optional<Genogram> genogram() {
        return diagram instanceof Genogram g ? Optional.of(g) : Optional.empty();
    }

    public Optional<NetworkMap> networkMap() {
        return diagram instanceof NetworkMap m ? Optional.of(m) : Optional.empty();
    }
}
