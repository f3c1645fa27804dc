package nl.kring.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** The friendly message for a course or lesson that is not (or no longer) installed. */
final class NotFound {

    private NotFound() {
    }

    static Div course(Component view) {
        return message(view, "course.not-found", "course.not-found.text");
    }

    static Div activity(Component view) {
        return message(view, "activity.not-found", "activity.not-found.text");
    }

    static Div lesson(Component view) {
        return message(view, "lesson.not-found", "lesson.not-found.text");
    }

    private static Div message(Component view, String titleKey, String textKey) {
        Div box = new Div(new H2(view.getTranslation(titleKey)), new Paragraph(view.getTranslation(textKey)),
                new Anchor("", view.getTranslation("nav.back-to-catalog")));
        box.addClassName("kring-not-found");
        box.setId("not-found");
        return box;
    }
}
