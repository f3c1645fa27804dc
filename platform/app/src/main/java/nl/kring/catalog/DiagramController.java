package nl.kring.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import nl.kring.api.content.Diagram;
import nl.kring.content.MarkdownRenderer;
import nl.kring.coursekit.LessonText;
import nl.kring.plugin.DiagramRunner;
import nl.kring.plugin.InstalledCourse;
import nl.kring.plugin.PluginHost;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the diagrams of lessons as SVG at {@code /diagram/<course>/<version>/<lesson>/<language>/<n>.svg}: the
 * n-th code block of the lesson, drawn by the plugin that knows its language. Like course media, under a policy
 * that forbids scripts; plugin output is never trusted.
 */
@RestController
class DiagramController {

    static final String PREFIX = "/diagram";
    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

    private final PluginHost host;
    private final MarkdownRenderer markdown;
    private final DiagramRunner diagrams;

    DiagramController(PluginHost host, MarkdownRenderer markdown, DiagramRunner diagrams) {
        this.host = host;
        this.markdown = markdown;
        this.diagrams = diagrams;
    }

    @GetMapping(PREFIX + "/{courseId}/{version}/{lessonId}/{language}/{index}.svg")
    ResponseEntity<byte[]> diagram(@PathVariable String courseId, @PathVariable String version, @PathVariable String lessonId,
                                   @PathVariable String language, @PathVariable int index) {
        Optional<InstalledCourse> course = host.course(courseId);
        Optional<Diagram> diagram = course.flatMap(c -> c.course().lesson(lessonId))
                .map(lesson -> lesson.texts().get(language))
                .flatMap(text -> block(text, index))
                .flatMap(block -> diagrams.render(block.getKey(), block.getValue(), language));
        if (diagram.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        CacheControl cache = course.get().version().equals(version)
                ? CacheControl.maxAge(1, TimeUnit.DAYS).cachePrivate() : CacheControl.noCache();
        return ResponseEntity.ok()
                .contentType(SVG)
                .cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .body(diagram.get().svg().getBytes(StandardCharsets.UTF_8));
    }

    private Optional<Map.Entry<String, String>> block(LessonText text, int index) {
        return text == null ? Optional.empty() : markdown.fencedBlock(text.markdown(), index);
    }
}
