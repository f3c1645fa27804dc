package nl.kring.genogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Hostile labels (issue 12): every vector of the platform's XSS corpus as the name of a person in a genogram and of a
 * node in a network map. The SVG stays well-formed XML of drawing elements only — no script, no foreign objects, no
 * links out, no event handlers — so the label is text and nothing else.
 */
class XssLabelsTest {

    private static final Set<String> DRAWING = Set.of("svg", "g", "title", "desc", "defs", "rect", "circle", "ellipse", "line", "path",
            "polygon", "polyline", "text", "tspan", "marker", "pattern", "clipPath", "style", "use", "symbol", "linearGradient", "stop");

    @Test
    void noLabelBreaksOutOfTheDrawing() throws Exception {
        List<String> vectors = vectors();
        assertThat(vectors).hasSizeGreaterThanOrEqualTo(200);
        List<String> unsafe = new ArrayList<>();
        int drawnWithTheLabel = 0;
        for (String vector : vectors) {
            String label = vector.replace('"', '\'').replace("\n", " ");
            for (String notation : List.of(
                    "genogram\nperson a female \"" + label + "\" index\nperson b male \"Bas\"\ncouple a b married",
                    "network-map\nmap a female \"" + label + "\"\nnode b male \"" + label + "\" family 1\nlink b support")) {
                Rendered rendered = Genograms.render(notation, "en");
                problem(rendered.svg()).ifPresent(p -> unsafe.add(p + " — label: " + label));
                if (rendered.problems().isEmpty() && textOf(rendered.svg()).contains(label.strip().substring(0, Math.min(8, label.strip().length())))) {
                    drawnWithTheLabel++;
                }
            }
        }
        assertThat(unsafe).as("drawings in which a label became more than text").isEmpty();
        assertThat(drawnWithTheLabel).as("the labels were really drawn (as text), not refused").isGreaterThan(vectors.size());
    }

    @Test
    void theCheckRecognisesADrawingThatWouldRun() {
        assertThat(problem("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")).hasValue("element <script>");
        assertThat(problem("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")).hasValue("attribute onload");
        assertThat(problem("<svg xmlns=\"http://www.w3.org/2000/svg\"><text>a</text><text>b</svg>")).get().asString()
                .startsWith("not well-formed");
    }

    static Optional<String> problem(String svg) {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            root = builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        } catch (Exception e) {
            return Optional.of("not well-formed: " + e.getMessage());
        }
        return check(root);
    }

    private static Optional<String> check(Element element) {
        String name = element.getLocalName();
        if (!DRAWING.contains(name) || !"http://www.w3.org/2000/svg".equals(element.getNamespaceURI())) {
            return Optional.of("element <" + name + ">");
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String attributeName = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
            if (attributeName.toLowerCase(Locale.ROOT).startsWith("on")) {
                return Optional.of("attribute " + attributeName);
            }
            if (attributeName.equals("href") && !attribute.getNodeValue().startsWith("#")) {
                return Optional.of("href " + attribute.getNodeValue());
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                Optional<String> problem = check(child);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    private static String textOf(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement().getTextContent();
        } catch (Exception e) {
            return "";
        }
    }

    private static List<String> vectors() throws IOException {
        Path corpus = Path.of("").toAbsolutePath();
        while (corpus != null && !Files.exists(corpus.resolve("platform/app/src/test/resources/xss/vectors.txt"))) {
            corpus = corpus.getParent();
        }
        assertThat(corpus).as("the XSS corpus of platform/app").isNotNull();
        return Files.readAllLines(corpus.resolve("platform/app/src/test/resources/xss/vectors.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.replace("\\n", "\n")).toList();
    }
}
