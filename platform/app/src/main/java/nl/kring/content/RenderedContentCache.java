package nl.kring.content;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Rendered HTML kept per key, so a lesson is rendered once per plugin version rather than per request.
 * Keys include the plugin version, so an upgraded course never shows stale HTML.
 */
@Component
public class RenderedContentCache {

    private final Map<String, String> html = new ConcurrentHashMap<>();

    /**
     * @param pluginKey identifies the plugin and version, e.g. {@code course-x@1.0.0}
     * @param itemKey   identifies the item within it, e.g. {@code lesson-id/nl}
     */
    public String get(String pluginKey, String itemKey, Supplier<String> render) {
        return html.computeIfAbsent(pluginKey + "|" + itemKey, k -> render.get());
    }
}
