package nl.kring.catalog;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import nl.kring.content.RenderedContentCache;
import nl.kring.plugin.CourseContentChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells open pages that a course changed (installed, upgraded, removed, or saved in live preview), so they can
 * refresh, and forgets the HTML rendered for the course's other versions. Pages register while they are attached and
 * must remove the registration when they detach.
 */
@Component
public class CourseUpdates {

    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final RenderedContentCache rendered;

    CourseUpdates(RenderedContentCache rendered) {
        this.rendered = rendered;
    }

    /** @return a handle that stops the notifications */
    public Runnable register(Consumer<String> courseChanged) {
        listeners.add(courseChanged);
        return () -> listeners.remove(courseChanged);
    }

    @EventListener
    void on(CourseContentChanged changed) {
        rendered.forget(changed.courseId(), changed.version());
        listeners.forEach(listener -> listener.accept(changed.courseId()));
    }
}
