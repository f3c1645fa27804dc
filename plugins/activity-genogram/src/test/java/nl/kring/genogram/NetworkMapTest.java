package nl.kring.genogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import nl.kring.genogram.Genogram.Marker;
import nl.kring.genogram.Genogram.Sex;
import nl.kring.genogram.NetworkMap.Link;
import nl.kring.genogram.NetworkMap.LinkType;
import nl.kring.genogram.NetworkMap.Node;
import nl.kring.genogram.NetworkMap.Sector;
import org.junit.jupiter.api.Test;

/** Network maps: the notation, its checks, the layout in sectors and rings, the drawing and the text. */
class NetworkMapTest {

    private static NetworkMap kees() {
        Parsed parsed = Genograms.parse(Fixtures.read("kees.network-map"));
        assertThat(parsed.problems()).isEmpty();
        return parsed.networkMap().orElseThrow();
    }

    @Test
    void theNotationIsRead() {
        NetworkMap map = kees();
        assertThat(map.title()).isEqualTo("Het netwerk van Kees");
        assertThat(map.client()).isEqualTo(new Node("kees", Sex.MALE, false, "Kees", null, 0,
                java.util.Set.of(Marker.SUBSTANCE)));
        assertThat(map.nodes()).hasSize(8);
        assertThat(map.node("mieke")).contains(new Node("mieke", Sex.FEMALE, false, "Mieke (dochter)", Sector.FAMILY,
                1, java.util.Set.of()));
        assertThat(map.node("bar").orElseThrow().organisation()).isTrue();
        assertThat(map.links()).contains(new Link("kees", "mieke", LinkType.SUPPORT),
                new Link("kees", "ans", LinkType.CONFLICT), new Link("jos", "bar", LinkType.STRESS));
    }

    @Test
    void checksWithTheirLines() {
        List<String> problems = Genograms.check("""
                network-map
                node mieke female "Mieke" family 1
                node jan male "Jan" famly 4
                node mieke female other 2
                node piet male "Piet" friends
                link mieke support
                link jan steun
                link mieke support
                link truus stress
                person x male
                map kees male "Kees"
                map karel male
                link mieke piet conflict
                """).stream().map(Problem::toString).toList();
        assertThat(Genograms.check("network-map\nnode a female family 1")).extracting(Problem::toString)
                .containsExactly("line 0: a network map needs its client in the centre (e.g. map kees male \"Kees\")");
        assertThat(problems).containsExactly(
                "line 3: unknown sector or word 'famly' for 'jan' (did you mean 'family'? sectors are family,"
                        + " friends, work, care, other; also a distance 1-3, a kind (male, female, other, unknown,"
                        + " pregnancy, miscarriage, org), a name in quotes and markers (substance, mental, recovery))",
                "line 3: distance 4 is not 1, 2 or 3 (1 is close to the client, 3 far)",
                "line 3: 'jan' has no sector (add one of family, friends, work, care, other; drawn in other for now)",
                "line 3: 'jan' has no distance (add 1 (close), 2 or 3 (far); drawn at 3 for now)",
                "line 4: 'mieke' is declared twice (first on line 2; give each their own id)",
                "line 5: 'piet' has no distance (add 1 (close), 2 or 3 (far); drawn at 3 for now)",
                "line 7: unknown link type 'steun' (types are support, stress, conflict)",
                "line 8: the support link between kees and mieke is given twice (first on line 6; two different types"
                        + " (support and stress) show a mixed tie)",
                "line 9: unknown person 'truus' (people are kees, mieke, jan, piet)",
                "line 10: unknown keyword 'person' in a network map (keywords are map, node, link, title; 'person'"
                        + " belongs to a genogram)",
                "line 12: a second 'map' (the client is already 'kees' (line 11); a network map has one client)");
    }

    @Test
    void everyoneStandsInTheirSectorAndRing() {
        NetworkMap map = kees();
        NetworkMapSvg drawing = NetworkMapSvg.of(map, Words.of("en"), "t-");
        double[] centre = drawing.position("kees");
        for (Node n : map.nodes()) {
            double[] p = drawing.position(n.id());
            double r = Math.hypot(p[0] - centre[0], p[1] - centre[1]);
            assertThat(r).as(n.id() + " in ring " + n.distance())
                    .isBetween(drawing.ring(n.distance() - 1), drawing.ring(n.distance()));
            double angle = Math.toDegrees(Math.atan2(p[1] - centre[1], p[0] - centre[0]));
            double[] wedge = drawing.wedge(n.sector());
            double a = angle < wedge[0] ? angle + 360 : angle;
            assertThat(a).as(n.id() + " in " + n.sector()).isBetween(wedge[0], wedge[1]);
        }
        assertThat(drawing.sectors()).containsExactly(Sector.FAMILY, Sector.FRIENDS, Sector.WORK, Sector.CARE);
    }

    @Test
    void noTwoNodesOverlapAndNoLineToTheClientRunsThroughAnotherNode() {
        NetworkMap map = kees();
        NetworkMapSvg drawing = NetworkMapSvg.of(map, Words.of("en"), "t-");
        List<Node> nodes = new ArrayList<>(map.nodes());
        nodes.add(map.client());
        for (Node a : nodes) {
            for (Node b : nodes) {
                if (a != b) {
                    double[] p = drawing.position(a.id());
                    double[] q = drawing.position(b.id());
                    assertThat(Math.hypot(p[0] - q[0], p[1] - q[1])).as(a.id() + " and " + b.id())
                            .isGreaterThan(60);
                }
            }
        }
        double[] c = drawing.position("kees");
        for (Node a : map.nodes()) {
            double[] p = drawing.position(a.id());
            for (Node b : map.nodes()) {
                if (a == b) {
                    continue;
                }
                double[] q = drawing.position(b.id());
                double t = ((q[0] - c[0]) * (p[0] - c[0]) + (q[1] - c[1]) * (p[1] - c[1]))
                        / Math.pow(Math.hypot(p[0] - c[0], p[1] - c[1]), 2);
                if (t > 0 && t < 1) {
                    double dx = c[0] + t * (p[0] - c[0]) - q[0];
                    double dy = c[1] + t * (p[1] - c[1]) - q[1];
                    assertThat(Math.hypot(dx, dy)).as("line to " + a.id() + " passes " + b.id()).isGreaterThan(20);
                }
            }
        }
    }

    @Test
    void aCrowdedRingGrowsAndAFifthSectorAppearsWhenUsed() {
        StringBuilder text = new StringBuilder("map k male \"K\"\n");
        for (int i = 0; i < 6; i++) {
            text.append("node f").append(i).append(" female family 1\n");
        }
        text.append("node o male other 2\n");
        NetworkMap map = Genograms.parse(text.toString()).networkMap().orElseThrow();
        NetworkMapSvg drawing = NetworkMapSvg.of(map, Words.of("en"), "t-");
        assertThat(drawing.ring(1)).isGreaterThan(150);
        assertThat(drawing.sectors()).hasSize(5).endsWith(Sector.OTHER);
        for (int i = 0; i + 1 < 6; i++) {
            double[] p = drawing.position("f" + i);
            double[] q = drawing.position("f" + (i + 1));
            assertThat(Math.hypot(p[0] - q[0], p[1] - q[1])).isGreaterThan(80);
        }
    }

    @Test
    void theDrawingHasRingsSectorsStyledLinksAndALegendOfWhatIsUsed() throws Exception {
        Rendered r = Genograms.render(Fixtures.read("kees.network-map"), "en");
        String svg = r.svg();
        assertThat(svg).contains(">Family<", ">Friends and neighbours<", ">Work and school<", ">Care professionals<")
                .doesNotContain(">Others<");
        assertThat(svg).contains("stroke=\"#2e7d32\" stroke-width=\"3\"/>", "stroke=\"#ef6c00\" stroke-width=\"2.5\""
                + " stroke-dasharray=\"8 5\"/>", "<g stroke=\"#c62828\" fill=\"none\"");
        assertThat(svg).contains(">support<", ">stress<", ">conflict<", ">organisation<", ">the client<",
                ">rings: 1 close, 2 in between, 3 far<", ">substance misuse (lower half)<")
                .doesNotContain(">other gender<", ">mental illness");
        assertThat(SvgTest.elements(SvgTest.parse(svg).getDocumentElement()))
                .extracting(org.w3c.dom.Element::getTagName).allMatch(Svg.ELEMENTS::contains);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"");
    }

    @Test
    void twoKindsOfLineBetweenTheSamePairAreDrawnSideBySideNotOnTopOfEachOther() {
        String svg = Genograms.render("""
                map sanne female "Sanne"
                node kevin male "Kevin" family 1
                link kevin support
                link kevin stress
                """, "en").svg();

        java.util.regex.Matcher lines = java.util.regex.Pattern.compile(
                "<line x1=\"([\\d.-]+)\" y1=\"([\\d.-]+)\" x2=\"([\\d.-]+)\" y2=\"([\\d.-]+)\" stroke=\"#(2e7d32|ef6c00)\"")
                .matcher(svg.substring(0, svg.indexOf("Legend")));
        List<double[]> found = new ArrayList<>();
        while (lines.find()) {
            found.add(new double[] {Double.parseDouble(lines.group(1)), Double.parseDouble(lines.group(2)),
                    Double.parseDouble(lines.group(3)), Double.parseDouble(lines.group(4))});
        }
        assertThat(found).as("a support and a stress line").hasSize(2);
        double[] support = found.get(0);
        double[] stress = found.get(1);
        double apart = Math.hypot(support[0] - stress[0], support[1] - stress[1]);
        assertThat(apart).as("start points apart").isBetween(6.0, 10.0);
        assertThat(Math.hypot(support[2] - stress[2], support[3] - stress[3])).as("end points apart").isBetween(6.0, 10.0);
        double[] d1 = {support[2] - support[0], support[3] - support[1]};
        double[] d2 = {stress[2] - stress[0], stress[3] - stress[1]};
        assertThat(Math.abs(d1[0] * d2[1] - d1[1] * d2[0]) / (Math.hypot(d1[0], d1[1]) * Math.hypot(d2[0], d2[1])))
                .as("parallel").isLessThan(1e-6);
    }

    @Test
    void theTextAlternativeGoesSectorBySectorFromCloseToFar() {
        String text = Genograms.render(Fixtures.read("kees.network-map"), "en").text();
        assertThat(text).contains("**Het netwerk van Kees**",
                "Kees (man, substance misuse) in the centre; 8 people and organisations around.",
                "**Family**: \n\n- Mieke (dochter) (woman), distance 1 (close): support.\n"
                        + "- Jos (broer) (man, substance misuse), distance 2 (in between): stress.\n"
                        + "- Ans (ex-vrouw) (woman), distance 3 (far): conflict.",
                "- Café De Hoek (organisation), distance 3 (far): no line.",
                "**Work and school**: \n\n- Baas (man), distance 2 (in between): no line.",
                "**Lines between others**\n\n- Jos (broer) and Café De Hoek: stress.");
        String empty = Genograms.render("map k male \"K\"\nnode a female family 1", "nl").text();
        assertThat(empty).contains("**Vrienden en buren**: niemand.", "**Hulpverlening**: niemand.");
    }
}
