package nl.kring.learning.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InputStreamDownloadCallback;
import nl.kring.api.content.Diagram;
import nl.kring.content.SvgToPng;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Download SVG" and "Download PNG" under a diagram: the plugin's drawing as it is, and as a picture drawn on the
 * server for documents and slides. The files are named after the diagram's title ({@code genogram-van-ernst.png}).
 * The PNG is only drawn when it is asked for, so a live preview that redraws as the learner types costs nothing.
 */
final class DiagramDownloads extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(DiagramDownloads.class);
    private static final int MAX_NAME = 60;

    DiagramDownloads(Diagram diagram) {
        addClassName("kring-diagram-downloads");
        String svg = diagram.svg();
        String name = fileName(diagram.title());
        add(link("svg", getTranslation("diagram.download-svg"), event -> svgFile(svg, name, event)),
                link("png", getTranslation("diagram.download-png"), event -> pngFile(svg, name, event)));
    }

    private static Anchor link(String format, String text, InputStreamDownloadCallback file) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(file), text);
        link.addClassName("kring-diagram-download-" + format);
        return link;
    }

    private static DownloadResponse svgFile(String svg, String name, DownloadEvent event) {
        // The plugin's drawing is not trusted: opened straight from Kring it may run nothing and load nothing.
        event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
        event.getResponse().setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        return file(svg.getBytes(StandardCharsets.UTF_8), name + ".svg", "image/svg+xml");
    }

    private static DownloadResponse pngFile(String svg, String name, DownloadEvent event) {
        try {
            return file(SvgToPng.convert(svg), name + ".png", "image/png");
        } catch (IllegalArgumentException e) {
            LOG.warn("The diagram '{}' could not be drawn as a PNG: {}", name, e.getMessage());
            UI ui = event.getUI();
            ui.access(() -> Notification.show(ui.getTranslation("diagram.download-png-failed"), 6000,
                    Notification.Position.MIDDLE));
            return DownloadResponse.error(HttpStatusCode.INTERNAL_SERVER_ERROR, e.getMessage());
        }
    }

    private static DownloadResponse file(byte[] bytes, String fileName, String contentType) {
        return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
    }

    /** A file name (without extension) from a diagram's title: "Genogram van Ernst" is {@code genogram-van-ernst}. */
    static String fileName(String title) {
        String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > MAX_NAME) {
            slug = slug.substring(0, MAX_NAME).replaceAll("-$", "");
        }
        return slug.isEmpty() ? "diagram" : slug;
    }
}
