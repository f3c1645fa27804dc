package nl.kring.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Hostile content (ASVS V5.3.3, V5.2.1): every vector of the corpus, placed in the ways course Markdown can hold it —
 * a lesson paragraph, a heading, a list, a quote, a table cell, a link text, a quiz's feedback line, a role-play line
 * — comes out of the renderer as HTML that cannot run anything: only the elements and attributes of the allow-list,
 * no event handlers, no style, and links and images only to http(s), mailto, fragments or paths Kring resolved.
 */
class XssCorpusTest {

    private static final Set<String> ELEMENTS = Set.of("body", "p", "div", "span", "a", "img", "em", "strong", "b", "i", "u", "s", "del",
            "strike", "sub", "sup", "code", "pre", "kbd", "mark", "small", "big", "tt", "br", "hr", "blockquote", "q", "cite", "h1",
            "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "th", "td",
            "caption", "figure", "figcaption", "section", "details", "summary", "abbr", "acronym", "address", "center", "font");
    private static final Set<String> ATTRIBUTES = Set.of("href", "src", "alt", "title", "class", "id", "width", "height", "start",
            "align", "rel", "target");

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    /** As Kring resolves links in a course: paths inside the course become media addresses, anything else is refused. */
    private final LinkResolver courseLinks = (url, image) -> url.matches("[A-Za-z0-9._/-]+")
            ? Optional.of("/course-media/course-x/1.0.0/" + url) : Optional.empty();

    private static final List<UnaryOperator<String>> PLACES = List.of(
            vector -> vector,
            vector -> "Voor de praktijk:\n\n" + vector + "\n\nEn verder.",
            vector -> "## " + vector,
            vector -> "- eerste\n- " + vector,
            vector -> "> " + vector,
            vector -> "| Naaste | Rol |\n|---|---|\n| partner | " + vector.replace("\n", " ") + " |",
            vector -> "[" + vector.replace("\n", " ") + "](https://example.org)",
            vector -> "**Fout:** " + vector,
            vector -> "*Naaste:* " + vector);

    @Test
    void theCorpusHasAtLeastTwoHundredVectors() {
        assertThat(XssCorpus.vectors()).hasSizeGreaterThanOrEqualTo(200).doesNotHaveDuplicates();
    }

    @Test
    void noVectorAnywhereInMarkdownComesOutAbleToRun() {
        List<String> unsafe = new ArrayList<>();
        int rendered = 0;
        for (String vector : XssCorpus.vectors()) {
            for (UnaryOperator<String> place : PLACES) {
                for (LinkResolver links : List.of(LinkResolver.AS_WRITTEN, courseLinks)) {
                    String html = renderer.render(place.apply(vector), links);
                    rendered++;
                    problem(html).ifPresent(p -> unsafe.add(p + " — from: " + vector + " — html: " + html));
                }
            }
        }
        assertThat(rendered).isGreaterThanOrEqualTo(200 * PLACES.size());
        assertThat(unsafe).as("rendered HTML that could run script").isEmpty();
    }

    @Test
    void theCheckRecognisesHtmlThatWouldRun() {
        assertThat(problem("<p><script>alert(1)</script></p>")).hasValue("element <script>");
        assertThat(problem("<img src=\"x\" onerror=\"alert(1)\">")).hasValue("attribute onerror on <img>");
        assertThat(problem("<a href=\" jav&#x09;ascript:alert(1)\">x</a>")).isPresent();
        assertThat(problem("<p style=\"background:url(javascript:alert(1))\">x</p>")).hasValue("attribute style on <p>");
        assertThat(problem("<svg onload=alert(1)>")).hasValue("element <svg>");
        assertThat(problem("<p><a href=\"https://example.org\" rel=\"noopener noreferrer\">ok</a></p>")).isEmpty();
    }

    /** What in this HTML could run script or load something active, if anything. */
    static Optional<String> problem(String html) {
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            String tag = element.normalName();
            if (!ELEMENTS.contains(tag)) {
                return Optional.of("element <" + tag + ">");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (!ATTRIBUTES.contains(name)) {
                    return Optional.of("attribute " + name + " on <" + tag + ">");
                }
                if ((name.equals("href") || name.equals("src")) && !safeUrl(attribute.getValue())) {
                    return Optional.of(name + "=\"" + attribute.getValue() + "\" on <" + tag + ">");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean safeUrl(String url) {
        String plain = url.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        return plain.startsWith("https://") || plain.startsWith("http://") || plain.startsWith("mailto:") || plain.startsWith("#")
                || plain.startsWith("/course-media/") || !plain.contains(":") && !plain.startsWith("//");
    }
}
