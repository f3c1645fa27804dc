package nl.kring.genogram;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.kring.genogram.Genogram.Marker;
import nl.kring.genogram.Genogram.Sex;
import nl.kring.genogram.NetworkMap.Link;
import nl.kring.genogram.NetworkMap.LinkType;
import nl.kring.genogram.NetworkMap.Node;
import nl.kring.genogram.NetworkMap.Sector;

/**
 * Lays out and draws a network map: the client in the centre, three rings for distance 1 (close) to 3 (far), the
 * sectors as wedges (family top left, friends top right, work and school bottom right, care professionals bottom
 * left; a fifth wedge for others when used), each person in their sector and ring, spread evenly over the wedge.
 * Rings grow when a sector's ring holds more people than fit. Deterministic.
 */
final class NetworkMapSvg {

    static final double NODE = 16;
    private static final double CLIENT = 22;
    private static final double MIN_ARC = 96;

    private final NetworkMap map;
    private final Words words;
    private final String prefix;
    private final List<Sector> sectors = new ArrayList<>();
    private final double[] ring = new double[4];
    private final Map<String, double[]> at = new HashMap<>();
    private double cx;
    private double cy;
    private double width;

    private NetworkMapSvg(NetworkMap map, Words words, String prefix) {
        this.map = map;
        this.words = words;
        this.prefix = prefix;
        layout();
    }

    static NetworkMapSvg of(NetworkMap map, Words words, String prefix) {
        return new NetworkMapSvg(map, words, prefix);
    }

    /** The centre of a node (the client at the centre of the map). */
    double[] position(String id) {
        return at.get(id);
    }

    double ring(int distance) {
        return ring[distance];
    }

    List<Sector> sectors() {
        return sectors;
    }

    /** The angles (degrees, clockwise from east) a sector spans. */
    double[] wedge(Sector s) {
        double w = 360.0 / sectors.size();
        int i = sectors.indexOf(s);
        return new double[] {180 + i * w, 180 + (i + 1) * w};
    }

    private void layout() {
        sectors.addAll(List.of(Sector.FAMILY, Sector.FRIENDS, Sector.WORK, Sector.CARE));
        if (map.nodes().stream().anyMatch(n -> n.sector() == Sector.OTHER)) {
            sectors.add(Sector.OTHER);
        }
        double wedge = Math.toRadians(360.0 / sectors.size());
        double[] mid = new double[4];
        double previous = 0;
        for (int d = 1; d <= 3; d++) {
            int most = 0;
            for (Sector s : sectors) {
                final int distance = d;
                long inRing = map.nodes().stream().filter(n -> n.sector() == s && n.distance() == distance).count();
                if (inRing >= 2) {
                    most = Math.max(most, (int) map.nodes().stream().filter(n -> n.sector() == s).count());
                }
            }
            mid[d] = Math.max(Math.max(95 + (d - 1) * 110, MIN_ARC * (most + 1) / wedge), previous + 105);
            previous = mid[d];
            ring[d] = mid[d] + 55;
        }
        ring[0] = CLIENT + 16;
        width = 2 * (ring[3] + 170);
        cx = width / 2;
        cy = ring[3] + 50;
        if (map.client() != null) {
            at.put(map.client().id(), new double[] {cx, cy});
        }
        for (Sector s : sectors) {
            double[] span = wedge(s);
            // every node of a sector gets its own angle, so that no line to the client runs through another node
            List<Node> here = map.nodes().stream().filter(n -> n.sector() == s).toList();
            for (int i = 0; i < here.size(); i++) {
                Node n = here.get(i);
                double angle = Math.toRadians(span[0] + (span[1] - span[0]) * (i + 1) / (here.size() + 1));
                at.put(n.id(), new double[] {round(cx + mid[n.distance()] * Math.cos(angle)),
                        round(cy + mid[n.distance()] * Math.sin(angle))});
            }
        }
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    String render(String title, String desc) {
        Legend legend = legend();
        double mapHeight = cy + ring[3] + 60;
        double height = mapHeight + legend.height(width);
        Svg svg = Symbols.document(width, height, prefix, title, desc);
        rings(svg);
        links(svg);
        nodes(svg);
        legend.draw(svg, 40, mapHeight, width);
        svg.close();
        return svg.toString();
    }

    private void rings(Svg svg) {
        svg.open("g", "fill", "none", "stroke", "#9e9e9e", "stroke-width", 1.5);
        for (int d = 1; d <= 3; d++) {
            svg.empty("circle", "cx", cx, "cy", cy, "r", ring[d]);
        }
        for (Sector s : sectors) {
            double a = Math.toRadians(wedge(s)[0]);
            svg.empty("line", "x1", round(cx + ring[0] * Math.cos(a)), "y1", round(cy + ring[0] * Math.sin(a)),
                    "x2", round(cx + (ring[3] + 12) * Math.cos(a)), "y2", round(cy + (ring[3] + 12) * Math.sin(a)));
        }
        svg.close();
        svg.open("g", "font-family", GenogramSvg.FONT, "fill", "#555555", "stroke", Symbols.PAPER, "stroke-width", 4,
                "paint-order", "stroke");
        for (int d = 1; d <= 3; d++) {
            svg.text("text", String.valueOf(d), "x", round(cx + ring[d] - 10), "y", cy - 5, "font-size", 11,
                    "text-anchor", "middle");
        }
        for (Sector s : sectors) {
            double[] span = wedge(s);
            double a = Math.toRadians((span[0] + span[1]) / 2);
            double r = ring[3] + 22;
            double x = round(cx + r * Math.cos(a));
            double y = round(cy + r * Math.sin(a) + (Math.sin(a) > 0.3 ? 12 : Math.sin(a) < -0.3 ? -2 : 4));
            String anchor = Math.cos(a) > 0.3 ? "start" : Math.cos(a) < -0.3 ? "end" : "middle";
            svg.text("text", words.sector(s), "x", x, "y", y, "font-size", 14, "font-weight", "bold",
                    "text-anchor", anchor, "fill", Symbols.INK);
        }
        svg.close();
    }

    private double radius(String id) {
        boolean client = map.client() != null && map.client().id().equals(id);
        Node n = map.node(id).orElseThrow();
        double h = client ? CLIENT + 5 : NODE;
        return (n.organisation() ? h * 1.5 : Symbols.top(n.sex(), h)) + 5;
    }

    /** The distance between two lines joining the same two people (e.g. support and stress: an ambivalent tie). */
    private static final double PARALLEL = 8;

    private void links(Svg svg) {
        for (Link l : map.links()) {
            double[] a = at.get(l.from());
            double[] b = at.get(l.to());
            double len = Math.hypot(b[0] - a[0], b[1] - a[1]);
            double ra = radius(l.from());
            double rb = radius(l.to());
            if (len <= ra + rb + 4) {
                continue;
            }
            double ux = (b[0] - a[0]) / len;
            double uy = (b[1] - a[1]) / len;
            List<Link> pair = map.links().stream().filter(other -> other.is(l.from(), l.to())).toList();
            double offset = (pair.indexOf(l) - (pair.size() - 1) / 2.0) * PARALLEL;
            double ox = -uy * offset;
            double oy = ux * offset;
            Symbols.link(svg, l.type(), a[0] + ux * ra + ox, a[1] + uy * ra + oy, b[0] - ux * rb + ox, b[1] - uy * rb + oy);
        }
    }

    private void nodes(Svg svg) {
        List<Node> all = new ArrayList<>();
        if (map.client() != null) {
            all.add(map.client());
        }
        all.addAll(map.nodes());
        for (Node n : all) {
            boolean client = n == map.client();
            double[] p = at.get(n.id());
            Symbols.person(svg, prefix, n.sex(), n.organisation(), p[0], p[1], client ? CLIENT : NODE, n.markers(),
                    client, false);
        }
        svg.open("g", "font-family", GenogramSvg.FONT, "fill", Symbols.INK, "stroke", Symbols.PAPER, "stroke-width", 4,
                "stroke-linejoin", "round", "paint-order", "stroke", "text-anchor", "middle");
        for (Node n : all) {
            boolean client = n == map.client();
            double[] p = at.get(n.id());
            double y = p[1] + (client ? CLIENT + 5 : n.organisation() ? NODE * 0.8 : NODE) + 16;
            for (String line : GenogramSvg.wrap(n.label(), 16, 2)) {
                svg.text("text", line, "x", p[0], "y", y, "font-size", client ? 14 : 12, "font-weight",
                        client ? "bold" : null);
                y += 14;
            }
        }
        svg.close();
    }

    private Legend legend() {
        Legend legend = new Legend(words);
        if (map.client() != null) {
            legend.add(words.t("index"), (svg, x, y) -> Symbols.person(svg, prefix, map.client().sex(),
                    map.client().organisation(), x, y, 10, Set.of(), true, false));
        }
        Set<Sex> sexes = EnumSet.noneOf(Sex.class);
        Set<Marker> markers = EnumSet.noneOf(Marker.class);
        boolean org = false;
        for (Node n : map.nodes()) {
            if (n.organisation()) {
                org = true;
            } else {
                sexes.add(n.sex());
            }
            markers.addAll(n.markers());
        }
        if (map.client() != null) {
            markers.addAll(map.client().markers());
        }
        for (Sex s : Sex.values()) {
            if (sexes.contains(s)) {
                legend.add(words.sex(s), (svg, x, y) -> Symbols.person(svg, prefix, s, false, x, y, 11, Set.of(),
                        false, false));
            }
        }
        if (org) {
            legend.add(words.t("org"), (svg, x, y) -> Symbols.person(svg, prefix, Sex.UNKNOWN, true, x, y, 11,
                    Set.of(), false, false));
        }
        for (Marker m : Marker.values()) {
            if (markers.contains(m)) {
                legend.add(words.t("legend." + m.word()), (svg, x, y) -> Symbols.person(svg, prefix, Sex.MALE, false,
                        x, y, 11, Set.of(m), false, false));
            }
        }
        Set<LinkType> types = EnumSet.noneOf(LinkType.class);
        map.links().forEach(l -> types.add(l.type()));
        for (LinkType t : LinkType.values()) {
            if (types.contains(t)) {
                legend.add(words.link(t), (svg, x, y) -> Symbols.link(svg, t, x - 26, y, x + 26, y));
            }
        }
        legend.add(words.t("legend.rings"), (svg, x, y) -> {
            svg.open("g", "fill", "none", "stroke", "#9e9e9e", "stroke-width", 1.5);
            for (int r = 6; r <= 18; r += 6) {
                svg.empty("circle", "cx", x, "cy", y, "r", r);
            }
            svg.close();
        });
        return legend;
    }
}
