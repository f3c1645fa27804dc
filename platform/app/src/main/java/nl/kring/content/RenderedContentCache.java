package nl.kring.content;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Rendered HTML kept per key, so a lesson is rendered once per course version rather than per request.
 * Keys include the version, so an upgraded course never shows stale HTML; {@link #forget} drops what other versions
 * left behind.
 */
@Component
public class RenderedContentCache {

    private final Map<Key, String> html = new ConcurrentHashMap<>();

    private record Key(String owner, String version, String item) {
    }

    /**
     * @param owner   the course (or plugin) the content belongs to, e.g. {@code naasten-betrekken}
     * @param version its version, e.g. {@code 1.0.0}
     * @param item    identifies the item within it, e.g. {@code lesson-id/nl}
     */
    public String get(String owner, String version, String item, Supplier<String> render) {
        return html.computeIfAbsent(new Key(owner, version, item), k -> render.get());
    }

    /** Drops everything rendered for {@code owner} except what belongs to {@code version} (null or "": all of it). */
    public void forget(String owner, String version) {
        html.keySet().removeIf(key -> key.owner().equals(owner) && !key.version().equals(version));
    }

    /** How many items are kept. */
    public int size() {
        return html.size();
    }
}
