package nl.kring.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class RenderedContentCacheTest {

    private final RenderedContentCache cache = new RenderedContentCache();

    @Test
    void rendersOncePerPluginVersionAndItem() {
        AtomicInteger renders = new AtomicInteger();

        cache.get("course-x@1.0.0", "a/nl", () -> "html-" + renders.incrementAndGet());
        String again = cache.get("course-x@1.0.0", "a/nl", () -> "html-" + renders.incrementAndGet());
        String upgraded = cache.get("course-x@1.1.0", "a/nl", () -> "html-" + renders.incrementAndGet());

        assertThat(again).isEqualTo("html-1");
        assertThat(upgraded).isEqualTo("html-2");
    }
}
