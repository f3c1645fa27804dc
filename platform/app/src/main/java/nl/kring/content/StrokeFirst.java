package nl.kring.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * SVG 2's {@code paint-order="stroke"} for Batik, which draws SVG 1.1 and so always paints the fill first. Diagrams
 * use it for the white halo that keeps a label readable over lines: painted after the letters, the halo hides them.
 * Each shape or text painted stroke first becomes two, as a browser paints it: a copy with only its stroke, then the
 * shape itself with only its fill.
 */
final class StrokeFirst {

    private static final Set<String> PAINTED = Set.of("text", "path", "rect", "circle", "ellipse", "line", "polyline",
            "polygon");
    private static final Pattern IN_STYLE = Pattern.compile("paint-order\\s*:\\s*([^;]+)");

    private StrokeFirst() {
    }

    static void apply(Document svg) {
        List<Element> strokeFirst = new ArrayList<>();
        NodeList all = svg.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (PAINTED.contains(element.getLocalName()) && strokeBeforeFill(element)) {
                strokeFirst.add(element);
            }
        }
        for (Element shape : strokeFirst) {
            Element stroke = (Element) shape.cloneNode(true);
            turnOff("fill", stroke, true);
            turnOff("stroke", shape, false);
            shape.getParentNode().insertBefore(stroke, shape);
        }
    }

    /** Whether the paint order in force here (its own, or inherited) puts the stroke before the fill. */
    private static boolean strokeBeforeFill(Element element) {
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            String order = order(e);
            if (order != null) {
                List<String> parts = Arrays.asList(order.strip().split("\\s+"));
                int stroke = parts.indexOf("stroke");
                int fill = parts.indexOf("fill");
                return stroke >= 0 && (fill < 0 || stroke < fill);
            }
        }
        return false;
    }

    private static String order(Element element) {
        Matcher style = IN_STYLE.matcher(element.getAttribute("style"));
        if (style.find()) {
            return style.group(1);
        }
        return element.hasAttribute("paint-order") ? element.getAttribute("paint-order") : null;
    }

    /** Turns off one paint in an element and everything in it (a style wins over an attribute, so both are set). */
    private static void turnOff(String paint, Element element, boolean copy) {
        element.setAttribute(paint, "none");
        if (!element.getAttribute("style").isBlank()) {
            element.setAttribute("style", element.getAttribute("style") + ";" + paint + ":none");
        }
        if (copy) {
            element.removeAttribute("id"); // a copy must not take over what refers to the original
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element inner) {
                turnOff(paint, inner, copy);
            }
        }
    }
}
