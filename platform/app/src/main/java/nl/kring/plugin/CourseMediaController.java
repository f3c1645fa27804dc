package nl.kring.plugin;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves images from inside course plugins at {@code /course-media/<course>/<version>/<path>}. Only image
 * types are served; SVGs get a policy that forbids scripts, since plugin content is never trusted.
 */
@RestController
class CourseMediaController {

    static final String PREFIX = "/course-media";
    private static final Map<String, MediaType> TYPES = Map.of(
            "png", MediaType.IMAGE_PNG, "jpg", MediaType.IMAGE_JPEG, "jpeg", MediaType.IMAGE_JPEG,
            "gif", MediaType.IMAGE_GIF, "webp", MediaType.parseMediaType("image/webp"),
            "svg", MediaType.parseMediaType("image/svg+xml"));
    private final PluginHost host;

    CourseMediaController(PluginHost host) {
        this.host = host;
    }

    @GetMapping(PREFIX + "/{courseId}/{version}/{*path}")
    ResponseEntity<byte[]> media(@PathVariable String courseId, @PathVariable String version, @PathVariable String path)
            throws IOException {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        MediaType type = TYPES.get(extension(relative));
        Optional<InstalledCourse> course = host.course(courseId);
        if (type == null || course.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        Optional<byte[]> bytes = host.courseFile(courseId, relative);
        if (bytes.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        CacheControl cache = course.get().version().equals(version)
                ? CacheControl.maxAge(1, TimeUnit.DAYS).cachePrivate() : CacheControl.noCache();
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .body(bytes.get());
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
