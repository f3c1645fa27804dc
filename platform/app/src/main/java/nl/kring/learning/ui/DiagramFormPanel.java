package nl.kring.learning.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.kring.api.content.DiagramElement;
import nl.kring.api.content.DiagramForm;
import nl.kring.base.ui.Confirmations;

/**
 * A diagram as a list of its elements, kind by kind (people, couples, relationships …), each with a summary and
 * buttons to edit, move or remove it, and a button to add one. Every change produces a new list of elements, which
 * the editor turns into the diagram's text through the plugin.
 */
final class DiagramFormPanel extends Div {

    private final DiagramForm form;
    private final Consumer<List<DiagramElement>> changed;
    private List<DiagramElement> elements = List.of();

    DiagramFormPanel(DiagramForm form, Consumer<List<DiagramElement>> changed) {
        this.form = form;
        this.changed = changed;
        addClassName("kring-diagram-form");
        setId("diagram-form");
    }

    /** Shows these elements (as the plugin read them from the current text). */
    void show(List<DiagramElement> shown) {
        this.elements = List.copyOf(shown);
        removeAll();
        for (DiagramForm.ElementKind kind : form.kinds()) {
            List<DiagramElement> ofKind = elements.stream().filter(e -> e.kind().equals(kind.id())).toList();
            Div section = new Div(new H4(kind.label()));
            section.addClassName("kring-diagram-form-kind");
            section.setId("diagram-form-" + kind.id());
            if (!ofKind.isEmpty()) {
                UnorderedList list = new UnorderedList();
                for (int i = 0; i < ofKind.size(); i++) {
                    list.add(row(kind, ofKind.get(i), i, ofKind.size()));
                }
                section.add(list);
            }
            if (!kind.single() || ofKind.isEmpty()) {
                Button add = new Button(kind.addLabel(), VaadinIcon.PLUS.create(),
                        e -> new DiagramElementDialog(kind, DiagramElement.added(kind.id(), Map.of()), elements,
                                values -> change(added(kind.id(), values))).open());
                add.addThemeVariants(ButtonVariant.LUMO_SMALL);
                add.setId("diagram-add-" + kind.id());
                section.add(add);
            }
            add(section);
        }
        if (elements.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("diagram.form.empty"));
            empty.addClassName("kring-muted");
            addComponentAsFirst(empty);
        }
    }

    private ListItem row(DiagramForm.ElementKind kind, DiagramElement element, int place, int count) {
        Span summary = new Span(element.summary().isEmpty() ? element.name() : element.summary());
        summary.addClassName("kring-diagram-form-summary");
        Button edit = icon(VaadinIcon.EDIT, getTranslation("diagram.form.edit", element.name()),
                () -> new DiagramElementDialog(kind, element, elements, values -> change(replaced(element, values))).open());
        Button up = icon(VaadinIcon.ARROW_UP, getTranslation("diagram.form.up", element.name()), () -> change(moved(element, -1)));
        up.setEnabled(place > 0);
        Button down = icon(VaadinIcon.ARROW_DOWN, getTranslation("diagram.form.down", element.name()), () -> change(moved(element, 1)));
        down.setEnabled(place < count - 1);
        Button remove = icon(VaadinIcon.TRASH, getTranslation("diagram.form.remove", element.name()), () -> remove(element));
        Div actions = kind.ordered() ? new Div(edit, up, down, remove) : new Div(edit, remove);
        actions.addClassName("kring-diagram-form-actions");
        ListItem row = new ListItem(summary, actions);
        row.addClassName("kring-diagram-form-row");
        return row;
    }

    private void remove(DiagramElement element) {
        List<DiagramElement> referring = element.id().isEmpty() ? List.of() : elements.stream()
                .filter(e -> e != element && e.values().values().stream().anyMatch(v -> List.of(v.split(",")).contains(element.id())))
                .toList();
        if (referring.isEmpty()) {
            change(without(element));
            return;
        }
        Confirmations.destructive("diagram-remove-confirm", getTranslation("diagram.form.remove.title", element.name()),
                getTranslation("diagram.form.remove.text", String.join(", ", referring.stream().map(DiagramElement::name).toList())),
                getTranslation("diagram.form.remove.confirm"), getTranslation("diagram.form.cancel"),
                () -> change(without(element)));
    }

    private Button icon(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    private void change(List<DiagramElement> next) {
        changed.accept(next);
    }

    private List<DiagramElement> added(String kind, Map<String, String> values) {
        List<DiagramElement> next = new ArrayList<>(elements);
        next.add(DiagramElement.added(kind, values));
        return next;
    }

    private List<DiagramElement> replaced(DiagramElement element, Map<String, String> values) {
        List<DiagramElement> next = new ArrayList<>(elements);
        next.set(next.indexOf(element), new DiagramElement(element.kind(), element.id(), values, element.name(), element.summary()));
        return next;
    }

    private List<DiagramElement> without(DiagramElement element) {
        List<DiagramElement> next = new ArrayList<>(elements);
        next.remove(element);
        return next;
    }

    /** Swaps the element with the previous or next one of its kind. */
    private List<DiagramElement> moved(DiagramElement element, int direction) {
        List<DiagramElement> next = new ArrayList<>(elements);
        List<DiagramElement> ofKind = elements.stream().filter(e -> e.kind().equals(element.kind())).toList();
        int place = ofKind.indexOf(element) + direction;
        if (place < 0 || place >= ofKind.size()) {
            return next;
        }
        int from = next.indexOf(element);
        int to = next.indexOf(ofKind.get(place));
        next.set(from, ofKind.get(place));
        next.set(to, element);
        return next;
    }
}
