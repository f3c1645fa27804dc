package nl.kring.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Renders trainer-written Markdown to HTML that is safe to show: raw HTML in the Markdown is suppressed,
 * and whatever comes out is sanitized again with an allow-list. Stateless and thread-safe.
 */
@Component
public class MarkdownRenderer {

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
    private final Parser parser;
    private final MutableDataSet options;
    private final PolicyFactory policy;

    public MarkdownRenderer() {
        options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                AttributesExtension.create(), AdmonitionExtension.create(), StrikethroughExtension.create()));
        options.set(HtmlRenderer.SUPPRESS_HTML, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(TablesExtension.CLASS_NAME, "kring-table");
        options.set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "↩");
        parser = Parser.builder(options).build();
        policy = new HtmlPolicyBuilder()
                .allowCommonBlockElements()
                .allowCommonInlineFormattingElements()
                .allowElements("a", "img", "hr", "pre", "code", "table", "thead", "tbody", "tfoot", "tr", "th", "td",
                        "caption", "dl", "dt", "dd", "figure", "figcaption", "section", "mark", "kbd", "details", "summary")
                .allowUrlProtocols("http", "https", "mailto")
                .allowAttributes("href").onElements("a")
                .allowAttributes("title").globally()
                .allowAttributes("class").globally()
                .allowAttributes("id").onElements("h1", "h2", "h3", "h4", "h5", "h6", "li", "sup", "a", "div", "span")
                .allowAttributes("src", "alt", "width", "height").onElements("img")
                .allowAttributes("start").onElements("ol")
                .allowAttributes("align").onElements("th", "td")
                .requireRelsOnLinks("noopener", "noreferrer")
                .toFactory();
    }

    /** Renders {@code markdown}, letting {@code links} decide where relative links and images point. */
    public String render(String markdown, LinkResolver links) {
        return render(markdown, links, DiagramResolver.NONE);
    }

    /**
     * Renders {@code markdown}; {@code links} decides where relative links and images point, {@code diagrams} which
     * code blocks become pictures.
     */
    public String render(String markdown, LinkResolver links, DiagramResolver diagrams) {
        HtmlRenderer.Builder builder = HtmlRenderer.builder(options).linkResolverFactory(new Resolver(links));
        if (diagrams != DiagramResolver.NONE) {
            builder.nodeRendererFactory(ignored -> new DiagramBlockRenderer(diagrams, text -> render(text, links)));
        }
        Node document = parser.parse(markdown);
        return policy.sanitize(builder.build().render(document));
    }

    /** The fenced code block at {@code index} (counted as {@link DiagramResolver} counts), as language and text. */
    public Optional<java.util.Map.Entry<String, String>> fencedBlock(String markdown, int index) {
        List<FencedCodeBlock> blocks = new java.util.ArrayList<>();
        parser.parse(markdown).getDescendants().forEach(node -> {
            if (node instanceof FencedCodeBlock block) {
                blocks.add(block);
            }
        });
        return index < 0 || index >= blocks.size() ? Optional.empty()
                : Optional.of(java.util.Map.entry(blocks.get(index).getInfo().toString().strip(),
                        blocks.get(index).getContentChars().normalizeEOL()));
    }

    private static final class Resolver extends IndependentLinkResolverFactory {
        private final LinkResolver links;

        Resolver(LinkResolver links) {
            this.links = links;
        }

        @Override
        public com.vladsch.flexmark.html.LinkResolver apply(LinkResolverBasicContext context) {
            return (node, ctx, link) -> resolve(link);
        }

        private ResolvedLink resolve(ResolvedLink link) {
            String url = link.getUrl();
            if (url.isEmpty() || url.startsWith("#")) {
                return link;
            }
            boolean image = link.getLinkType() == LinkType.IMAGE || link.getLinkType() == LinkType.IMAGE_REF;
            Optional<String> scheme = scheme(url);
            if (scheme.isPresent()) {
                return SAFE_SCHEMES.contains(scheme.get()) && !image ? link.withStatus(LinkStatus.VALID)
                        : link.withStatus(LinkStatus.INVALID).withUrl("#");
            }
            return links.resolve(url, image)
                    .map(resolved -> link.withStatus(LinkStatus.VALID).withUrl(resolved))
                    .orElseGet(() -> link.withStatus(LinkStatus.INVALID).withUrl("#"));
        }

        private static Optional<String> scheme(String url) {
            int colon = url.indexOf(':');
            int slash = url.indexOf('/');
            if (colon > 0 && (slash < 0 || colon < slash)) {
                return Optional.of(url.substring(0, colon).toLowerCase(Locale.ROOT));
            }
            return url.startsWith("//") ? Optional.of("protocol-relative") : Optional.empty();
        }
    }
}
