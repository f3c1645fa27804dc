package nl.kring.testplugin;

import java.util.ArrayList;
import java.util.List;

import nl.kring.api.content.Diagram;
import nl.kring.api.content.DiagramProblem;
import nl.kring.api.content.DiagramType;
import org.pf4j.Extension;

/**
 * Diagram language {@code boxes}, the way a plugin adds one: each line of the block becomes a labelled box; a line
 * saying {@code bad} is a problem, as an unknown person is in a genogram.
 */
@Extension
public class BoxesDiagramType implements DiagramType {

    @Override
    public String language() {
        return "boxes";
    }

    @Override
    public List<DiagramProblem> check(String source) {
        List<DiagramProblem> problems = new ArrayList<>();
        List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("bad")) {
                problems.add(new DiagramProblem(i + 1, "'bad' is not a box", "write a label"));
            }
        }
        return problems;
    }

    @Override
    public Diagram render(String source, String language) {
        List<String> labels = source.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\""
                + (labels.size() * 40 + 10) + "\" role=\"img\"><title>" + escape(String.join(", ", labels)) + "</title>");
        for (int i = 0; i < labels.size(); i++) {
            svg.append("<rect x=\"5\" y=\"").append(i * 40 + 5).append("\" width=\"190\" height=\"30\" fill=\"none\" stroke=\"black\"/>")
                    .append("<text x=\"15\" y=\"").append(i * 40 + 25).append("\">").append(escape(labels.get(i))).append("</text>");
        }
        svg.append("</svg>");
        String title = ("nl".equals(language) ? "Vakken: " : "Boxes: ") + String.join(", ", labels);
        return new Diagram(svg.toString(), title, ("nl".equals(language) ? "Er zijn " : "There are ") + labels.size()
                + ("nl".equals(language) ? " vakken." : " boxes."));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
