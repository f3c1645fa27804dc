package nl.kring.base.ui;

import com.vaadin.flow.component.html.Span;

/** Small labels used across pages, in Lumo's badge style. */
public final class Badges {

    private Badges() {
    }

    /** A competence label; the description shows on hover. */
    public static Span competence(String title, String description) {
        Span badge = new Span(title);
        badge.getElement().getThemeList().add("badge contrast pill");
        badge.addClassName("kring-competence");
        if (description != null && !description.isBlank()) {
            badge.setTitle(description);
        }
        return badge;
    }

    /** A status label: {@code success}, {@code error} or plain. */
    public static Span status(String text, String variant) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(variant == null || variant.isBlank() ? "badge" : "badge " + variant);
        return badge;
    }
}
