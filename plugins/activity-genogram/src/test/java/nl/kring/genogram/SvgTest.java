package nl.kring.genogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The drawings: exact snapshots of three small fixtures, safety (a fixed set of elements, no scripts, links, event
 * attributes or external references, every text escaped), accessibility and a legend of only what is used.
 *
 * <p><b>Updating the snapshots</b> after an intended change to the drawing: run
 * {@code mvn -o -pl plugins/activity-genogram test -Dtest=SvgTest -Dsnapshots.update=true}, look at the changed
 * files under {@code src/test/resources/snapshots/} (open them in a browser) and commit them with the change.
 */
class SvgTest {

    private static final Path SNAPSHOTS = Path.of("src/test/resources/snapshots");

    @ParameterizedTest
    @CsvSource({"ernst-laura.genogram, en, ernst-laura.en.svg", "small.genogram, nl, small.nl.svg",
            "kees.network-map, nl, kees.nl.svg"})
    void theDrawingIsExactlyTheSnapshot(String fixture, String language, String snapshot) throws IOException {
        Rendered rendered = Genograms.render(Fixtures.read(fixture), language);
        assertThat(rendered.problems()).isEmpty();
        Path file = SNAPSHOTS.resolve(snapshot);
        if (Boolean.getBoolean("snapshots.update")) {
            Files.createDirectories(SNAPSHOTS);
            Files.writeString(file, rendered.svg(), StandardCharsets.UTF_8);
        }
        assertThat(file).as("no snapshot yet: run with -Dsnapshots.update=true, check it and commit it").exists();
        assertThat(rendered.svg()).as("snapshot " + file + "; see this class's comment to update it")
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        String text = Fixtures.read("three-generations.genogram");
        assertThat(Genograms.render(text, "nl").svg()).isEqualTo(Genograms.render(text, "nl").svg());
        assertThat(Genograms.render(text, "nl").svg()).isNotEqualTo(Genograms.render(text, "en").svg());
    }

    @ParameterizedTest
    @CsvSource({"ernst-laura.genogram", "small.genogram", "three-generations.genogram", "kees.network-map"})
    void onlyAFixedSetOfElementsAndAttributesAndNoReferencesOutside(String fixture) throws Exception {
        String svg = Genograms.render(Fixtures.read(fixture), "en").svg();
        Document doc = parse(svg);
        List<Element> all = elements(doc.getDocumentElement());
        assertThat(all).extracting(Element::getTagName).allMatch(Svg.ELEMENTS::contains);
        for (Element e : all) {
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node a = attributes.item(i);
                assertThat(a.getNodeName()).doesNotStartWith("on").doesNotContain("href");
                if (a.getNodeValue().contains("url(")) {
                    assertThat(a.getNodeValue()).matches("url\\(#kg[0-9a-f]{8}-hatch\\)");
                }
            }
        }
        assertThat(svg).doesNotContain("<script", "javascript:", "href", "<foreignObject", "<image", "<style");
    }

    @Test
    void theDrawingIsAnAccessibleImage() throws Exception {
        Rendered r = Genograms.render(Fixtures.read("ernst-laura.genogram"), "en");
        Element svg = parse(r.svg()).getDocumentElement();
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        String[] labelledBy = svg.getAttribute("aria-labelledby").split(" ");
        assertThat(labelledBy).hasSize(2);
        Element title = (Element) svg.getElementsByTagName("title").item(0);
        Element desc = (Element) svg.getElementsByTagName("desc").item(0);
        assertThat(title.getAttribute("id")).isEqualTo(labelledBy[0]);
        assertThat(desc.getAttribute("id")).isEqualTo(labelledBy[1]);
        assertThat(title.getTextContent()).isEqualTo("Ernst en Laura");
        assertThat(desc.getTextContent()).startsWith("Ernst en Laura\n3 generations, 9 people. The client is Ernst.")
                .contains("Ernst and Henk: cut-off.").doesNotContain("**");
    }

    @Test
    void namesFromAuthorsAreEscaped() throws Exception {
        Rendered r = Genograms.render("""
                title "<script>alert('x')</script> & co"
                person a male "<script>alert(1)</script>" index note "Tom & \\"Jerry\\" <b>"
                person b female "O'Neil & <i>Söhne</i>"
                person c male "]]><svg onload=alert(1)>"
                couple a b married 1990
                children a b: c
                relation a b conflict
                household a b c
                """, "en");
        assertThat(r.problems()).isEmpty();
        assertThat(r.svg()).doesNotContain("<script", "<b>", "<i>", "<svg onload", "]]>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "O&#39;Neil &amp; &lt;i&gt;Söhne&lt;/i&gt;",
                        "Tom &amp; &quot;Jerry&quot; &lt;b&gt;");
        Document doc = parse(r.svg());
        assertThat(texts(doc)).contains("<script>alert(\u2026", "]]><svg", "onload=alert(1)>");
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent())
                .contains("<script>alert(1)</script> (man, the client, Tom & \"Jerry\" <b>)", "]]><svg onload=alert(1)>");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("<script>alert('x')</script> & co");
        assertThat(elements(doc.getDocumentElement())).extracting(Element::getTagName).allMatch(Svg.ELEMENTS::contains);
    }

    @Test
    void charactersXmlDoesNotAllowAreDropped() throws Exception {
        Rendered r = Genograms.render("person a male \"A\u0001\u0008B\" index", "en");
        assertThat(texts(parse(r.svg()))).contains("AB");
    }

    @Test
    void theLegendShowsOnlyWhatIsUsed() {
        String svg = Genograms.render(Fixtures.read("ernst-laura.genogram"), "en").svg();
        assertThat(svg).contains(">Legend<", ">Symbols after McGoldrick, Gerson &amp; Petry<", ">man<", ">woman<",
                ">index person (the client)<", ">deceased<", ">substance misuse (lower half)<", ">married<",
                ">adopted child<", ">twins<", ">close<", ">cut-off<", ">household (living together)<");
        assertThat(svg).doesNotContain(">divorced<", ">separated<", ">living together<", ">mental illness",
                ">in recovery", ">conflict<", ">fused<", ">identical twins<", ">foster child<", ">other gender<");
        String small = Genograms.render(Fixtures.read("small.genogram"), "en").svg();
        assertThat(small).contains(">divorced (living together)<", ">separated<", ">identical twins<",
                ">foster child<", ">pregnancy<", ">miscarriage<", ">other gender<", ">sex unknown<",
                ">abuse (arrow to the one abused)<", ">close but hostile<", ">distant<", ">fused<")
                .doesNotContain(">household (living together)<", ">adopted child<", ">twins<");
    }

    @Test
    void theConventionsOfTheSymbols() {
        String svg = Genograms.render("""
                person m male "M" born 1950 died 2000 index substance
                person f female "F" mental
                person o other "O" recovery
                couple m f married 1975 divorced 1990
                """, "en").svg();
        // male: a square of 40 with a double outline (index) of 50; the lower half filled (substance)
        assertThat(svg).contains("width=\"40\" height=\"40\" fill=\"#ffffff\"",
                "width=\"50\" height=\"50\" fill=\"none\" stroke=\"#222222\"",
                "width=\"40\" height=\"20\" fill=\"#222222\"");
        // female: a circle with its left half filled (mental illness)
        assertThat(svg).containsPattern("<circle cx=\"[0-9.]+\" cy=\"70\" r=\"20\" fill=\"#ffffff\"/>")
                .containsPattern("<path d=\"M [0-9.]+ 50 A 20 20 0 0 0 [0-9.]+ 90 Z\" fill=\"#222222\"/>");
        // other: a diamond, in recovery the lower half hatched
        assertThat(svg).containsPattern("<polygon points=\"[0-9.,]+ [0-9.,]+ [0-9.,]+\" fill=\"url\\(#kg[0-9a-f]{8}-hatch\\)\"/>");
        // deceased: a cross through the symbol and the death year
        assertThat(svg).contains(">\u20202000<", ">1950<");
        // divorced: two slashes across the couple line, and the years on it
        assertThat(svg).contains(">m. 1975 \u00b7 div. 1990<");
        assertThat(count(svg, "stroke-width=\"2\"/>\n", "<line x1=")).isGreaterThanOrEqualTo(2);
    }

    private static int count(String text, String end, String start) {
        Matcher m = Pattern.compile(Pattern.quote(start) + "[^>]*y2=\"[0-9.]+\" stroke=\"#222222\" "
                + Pattern.quote(end)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> elements(Element root) {
        List<Element> all = new ArrayList<>();
        all.add(root);
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e) {
                all.addAll(elements(e));
            }
        }
        return all;
    }

    static List<String> texts(Document doc) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
