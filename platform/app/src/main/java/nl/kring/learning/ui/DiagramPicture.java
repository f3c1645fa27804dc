package nl.kring.learning.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import nl.kring.api.content.Diagram;
import nl.kring.plugin.DiagramRunner;

/**
 * A diagram (a genogram, a network map) in an activity, drawn by its plugin: shown as an image (an SVG image cannot
 * run scripts), with links to download it as SVG and PNG and the plugin's text alternative under it, as in lessons.
 */
final class DiagramPicture extends Div {

    DiagramPicture(DiagramRunner diagrams, String diagramLanguage, String source, String language,
                   Function<String, Html> markdown) {
        addClassName("kring-diagram");
        diagrams.render(diagramLanguage, source, language).ifPresentOrElse(diagram -> show(diagram, markdown),
                () -> add(new Paragraph(getTranslation("activity.picture-unavailable"))));
    }

    private void show(Diagram diagram, Function<String, Html> markdown) {
        String data = Base64.getEncoder().encodeToString(diagram.svg().getBytes(StandardCharsets.UTF_8));
        Image image = new Image("data:image/svg+xml;base64," + data, diagram.title());
        image.setMaxWidth("100%");
        add(image, new DiagramDownloads(diagram));
        if (!diagram.textAlternative().isBlank()) {
            Details description = new Details(getTranslation("activity.picture-description"), markdown.apply(diagram.textAlternative()));
            add(description);
        }
    }
}
