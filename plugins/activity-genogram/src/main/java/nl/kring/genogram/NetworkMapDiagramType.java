package nl.kring.genogram;

import java.util.List;

import nl.kring.api.content.Diagram;
import nl.kring.api.content.DiagramProblem;
import nl.kring.api.content.DiagramType;
import org.pf4j.Extension;

/**
 * Network maps (netwerkkaart, ecogram) in lessons: a {@code ```network-map} code block becomes a drawing with the
 * client in the centre, people in their sector and ring, and the lines of support, stress and conflict.
 */
@Extension
public class NetworkMapDiagramType implements DiagramType {

    @Override
    public String language() {
        return "network-map";
    }

    @Override
    public List<DiagramProblem> check(String source) {
        return GenogramDiagramType.problems(source, language());
    }

    @Override
    public Diagram render(String source, String language) {
        return GenogramDiagramType.diagram(source, language(), language);
    }
}
