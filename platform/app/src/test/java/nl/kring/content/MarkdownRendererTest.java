package nl.kring.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersTablesFootnotesAndHeadingIds() {
        String html = renderer.render("""
                ## Wie steunt?

                | Naaste | Rol |
                |---|---|
                | Partner | steunbron |

                Steun helpt.[^1]

                [^1]: Soyez e.a., bron 000, r. 1-24.
                """, LinkResolver.AS_WRITTEN);

        assertThat(html).contains("<h2 id=\"wie-steunt\">Wie steunt?</h2>");
        assertThat(html).contains("<table class=\"kring-table\">").contains("<td>Partner</td>");
        assertThat(html).contains("class=\"footnote-ref\"").contains("Soyez e.a., bron 000");
    }

    @Test
    void rendersCalloutsAsStyledBlocksWithoutTheirSvgIcons() {
        String html = renderer.render("""
                !!! tip "Voor de praktijk"
                    Vraag naar de kinderen.
                """, LinkResolver.AS_WRITTEN);

        assertThat(html).contains("adm-block adm-tip").contains("Voor de praktijk").contains("Vraag naar de kinderen.");
        assertThat(html).doesNotContain("<svg");
    }

    @Test
    void appliesAttributesForClasses() {
        String html = renderer.render("Belangrijk {.kring-highlight}\n", LinkResolver.AS_WRITTEN);

        assertThat(html).contains("class=\"kring-highlight\"");
    }

    @Test
    void suppressesRawHtmlAndScripts() {
        String html = renderer.render("""
                Hallo <script>alert('x')</script> <b onclick="evil()">vet</b>

                <iframe src="https://evil.example"></iframe>

                [klik](javascript:alert(1)) ![x](javascript:alert(2))
                """, LinkResolver.AS_WRITTEN);

        assertThat(html).doesNotContain("<script", "onclick", "<iframe", "javascript:");
        assertThat(html).contains("Hallo");
    }

    @Test
    void letsTheCallerResolveRelativeImagesAndLinksButKeepsWebLinks() {
        LinkResolver resolver = (url, image) -> image
                ? Optional.of("course-media/c/1.0.0/" + url.replace("../", ""))
                : Optional.empty();

        String html = renderer.render("""
                ![Netwerk](../media/netwerk.svg) [les 2](02-b.nl.md) [Trimbos](https://www.trimbos.nl)
                """, resolver);

        assertThat(html).contains("src=\"course-media/c/1.0.0/media/netwerk.svg\"").contains("alt=\"Netwerk\"");
        assertThat(html).contains("href=\"https://www.trimbos.nl\"").containsPattern("<a href=\"https://www.trimbos.nl\" rel=\"(noopener noreferrer|noreferrer noopener)\"");
        assertThat(html).doesNotContain("02-b.nl.md");
    }
}
