package nl.kring.content;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;

/**
 * Renders fenced code blocks whose language a {@link DiagramResolver} knows as a figure (picture + description);
 * every other block is rendered as code, as usual. One instance per rendering, so the block count is its own.
 */
final class DiagramBlockRenderer implements NodeRenderer {

    private final DiagramResolver diagrams;
    private final Function<String, String> describe;
    private int index;

    /** @param describe renders a description's Markdown to HTML (without diagrams) */
    DiagramBlockRenderer(DiagramResolver diagrams, Function<String, String> describe) {
        this.diagrams = diagrams;
        this.describe = describe;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
    }

    private void render(FencedCodeBlock block, NodeRendererContext context, HtmlWriter html) {
        Optional<DiagramResolver.Figure> figure = diagrams.resolve(block.getInfo().toString().strip(),
                block.getContentChars().normalizeEOL(), index++);
        if (figure.isEmpty()) {
            context.delegateRender();
            return;
        }
        DiagramResolver.Figure shown = figure.get();
        html.line().attr("class", "kring-diagram").withAttr().tag("figure");
        html.attr("src", shown.imageUrl()).attr("alt", shown.alt()).withAttr().tagVoid("img");
        if (!shown.descriptionMarkdown().isBlank()) {
            html.tag("figcaption").tag("details").tag("summary").text(shown.descriptionLabel()).closeTag("summary");
            html.raw(describe.apply(shown.descriptionMarkdown()));
            html.closeTag("details").closeTag("figcaption");
        }
        html.closeTag("figure").line();
    }
}
