package nl.kring.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class RenderedContentCacheTest {

    private final RenderedContentCache cache = new RenderedContentCache();
    private final AtomicInteger renders = new AtomicInteger();

    private String render() {
        return "html-" + renders.incrementAndGet();
    }

    @Test
    void rendersOncePerVersionAndItem() {
        cache.get("course-x", "1.0.0", "a/nl", this::render);
        String again = cache.get("course-x", "1.0.0", "a/nl", this::render);
        String otherLanguage = cache.get("course-x", "1.0.0", "a/en", this::render);
        String upgraded = cache.get("course-x", "1.1.0", "a/nl", this::render);

        assertThat(again).isEqualTo("html-1");
        assertThat(otherLanguage).isEqualTo("html-2");
        assertThat(upgraded).isEqualTo("html-3");
    }

    @Test
    void forgetsOtherVersionsOfOneCourseOnly() {
        cache.get("course-x", "1.0.0", "a/nl", this::render);
        cache.get("course-x", "1.1.0", "a/nl", this::render);
        cache.get("course-y", "1.0.0", "a/nl", this::render);

        cache.forget("course-x", "1.1.0");

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get("course-x", "1.1.0", "a/nl", this::render)).as("kept").isEqualTo("html-2");
        assertThat(cache.get("course-y", "1.0.0", "a/nl", this::render)).as("another course kept").isEqualTo("html-3");
        assertThat(cache.get("course-x", "1.0.0", "a/nl", this::render)).as("rendered again").isEqualTo("html-4");

        cache.forget("course-x", "");
        assertThat(cache.size()).as("a removed course leaves nothing").isEqualTo(1);
    }
}
