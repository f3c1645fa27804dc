package nl.kring.learning.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import nl.kring.catalog.CourseUpdates;

/**
 * Refreshes a page when the course it shows changes (an upgrade, or a trainer saving a lesson in live preview):
 * the update is pushed to the browser, so the page shows the new text without a reload.
 */
final class RefreshOnCourseChange {

    private RefreshOnCourseChange() {
    }

    /** @param shownCourse the id of the course the page shows right now, or {@code null} */
    static void install(Component page, CourseUpdates updates, Supplier<String> shownCourse) {
        page.addAttachListener((AttachEvent attach) -> {
            UI ui = attach.getUI();
            Runnable unregister = updates.register(courseId -> {
                if (courseId.equals(shownCourse.get())) {
                    ui.access(() -> ui.refreshCurrentRoute(false));
                }
            });
            page.addDetachListener((DetachEvent detach) -> {
                unregister.run();
                detach.unregisterListener();
            });
        });
    }
}
