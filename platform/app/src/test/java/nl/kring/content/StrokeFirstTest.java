package nl.kring.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class StrokeFirstTest {

    @Test
    void aLabelWithAHaloBecomesItsHaloThenItsLetters() throws Exception {
        Document svg = parse("""
                <svg xmlns="http://www.w3.org/2000/svg">
                  <g fill="#222222" stroke="#ffffff" stroke-width="4" paint-order="stroke">
                    <text id="henk" x="10" y="10">Henk <tspan font-weight="bold">(index)</tspan></text>
                  </g>
                </svg>""");

        StrokeFirst.apply(svg);

        List<Element> texts = elements(svg, "text");
        assertThat(texts).hasSize(2);
        Element halo = texts.get(0);
        Element letters = texts.get(1);
        assertThat(halo.getTextContent()).isEqualTo(letters.getTextContent()).isEqualTo("Henk (index)");
        assertThat(halo.getAttribute("fill")).isEqualTo("none");
        assertThat(halo.hasAttribute("id")).as("the id stays with the letters").isFalse();
        assertThat(((Element) halo.getElementsByTagNameNS("*", "tspan").item(0)).getAttribute("fill")).isEqualTo("none");
        assertThat(letters.getAttribute("stroke")).isEqualTo("none");
        assertThat(letters.getAttribute("id")).isEqualTo("henk");
    }

    @Test
    void aStyleWinsOverAttributesSoItIsTurnedOffThereToo() throws Exception {
        Document svg = parse("""
                <svg xmlns="http://www.w3.org/2000/svg">
                  <rect width="10" height="10" style="fill: green; stroke: white; paint-order: stroke"/>
                </svg>""");

        StrokeFirst.apply(svg);

        List<Element> rects = elements(svg, "rect");
        assertThat(rects.get(0).getAttribute("style")).endsWith(";fill:none");
        assertThat(rects.get(1).getAttribute("style")).endsWith(";stroke:none");
    }

    @Test
    void shapesInTheNormalOrderAreLeftAsTheyAre() throws Exception {
        Document svg = parse("""
                <svg xmlns="http://www.w3.org/2000/svg">
                  <g paint-order="stroke">
                    <g paint-order="normal"><text>one</text></g>
                    <text paint-order="fill stroke">two</text>
                    <text paint-order="markers">three</text>
                  </g>
                  <rect width="10" height="10" stroke="white"/>
                </svg>""");

        StrokeFirst.apply(svg);

        assertThat(elements(svg, "text")).hasSize(3).allSatisfy(text -> assertThat(text.hasAttribute("stroke")).isFalse());
        assertThat(elements(svg, "rect")).hasSize(1);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document document, String name) {
        NodeList found = document.getElementsByTagNameNS("*", name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            elements.add((Element) found.item(i));
        }
        return elements;
    }
}
