package nl.kring.assessment.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.kring.api.question.QuestionInput;

/**
 * An ordering question as a numbered list with "move up" and "move down" buttons per step: usable with the
 * keyboard alone, every move announced to screen readers, and every move saves the whole order. The shuffled start
 * order is not an answer until the learner moves a step or confirms the order as it stands.
 */
final class OrderingInput extends FieldSet {

    private final List<QuestionInput.Option> order;
    private final Consumer<List<String>> onChange;
    private final OrderedList list = new OrderedList();
    private final Paragraph announcement = new Paragraph();
    private final Button keep;

    OrderingInput(QuestionInput.Order input, String label, List<String> saved, List<QuestionInput.Option> shuffled,
                  Consumer<List<String>> onChange) {
        super(label);
        this.onChange = onChange;
        addClassName("kring-item-group");
        addClassName("kring-ordering");
        this.order = new ArrayList<>(savedOrder(input, saved).orElse(shuffled));
        announcement.getElement().setAttribute("aria-live", "polite");
        announcement.addClassName("kring-sr-only");
        keep = new Button(getTranslation("quiz.ordering.keep"), e -> save());
        keep.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        keep.addClassName("kring-ordering-keep");
        keep.setVisible(saved.isEmpty());
        Span hint = new Span(getTranslation("quiz.ordering-hint"));
        hint.addClassName("kring-muted");
        add(hint, list, keep, announcement);
        draw(-1, false);
    }

    private static java.util.Optional<List<QuestionInput.Option>> savedOrder(QuestionInput.Order input, List<String> saved) {
        if (saved.size() != input.steps().size()) {
            return java.util.Optional.empty();
        }
        List<QuestionInput.Option> steps = new ArrayList<>();
        for (String id : saved) {
            input.steps().stream().filter(s -> s.id().equals(id)).findFirst().ifPresent(steps::add);
        }
        return steps.size() == saved.size() ? java.util.Optional.of(steps) : java.util.Optional.empty();
    }

    private void draw(int focusIndex, boolean focusUp) {
        list.removeAll();
        for (int i = 0; i < order.size(); i++) {
            QuestionInput.Option step = order.get(i);
            int index = i;
            Button up = move(VaadinIcon.ARROW_UP, "quiz.ordering.up", step, () -> swap(index, index - 1, true));
            up.setEnabled(i > 0);
            Button down = move(VaadinIcon.ARROW_DOWN, "quiz.ordering.down", step, () -> swap(index, index + 1, false));
            down.setEnabled(i < order.size() - 1);
            Span text = new Span(step.label());
            text.addClassName("kring-ordering-text");
            Div buttons = new Div(up, down);
            buttons.addClassName("kring-ordering-buttons");
            ListItem row = new ListItem(text, buttons);
            row.getElement().setAttribute("data-step", step.id());
            list.add(row);
            if (i == focusIndex) {
                Button focus = focusUp && up.isEnabled() || !down.isEnabled() ? up : down;
                focus.focus();
            }
        }
    }

    private Button move(VaadinIcon icon, String key, QuestionInput.Option step, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(key, step.label()));
        button.setTooltipText(getTranslation(key, step.label()));
        return button;
    }

    private void swap(int from, int to, boolean up) {
        QuestionInput.Option moved = order.remove(from);
        order.add(to, moved);
        draw(to, up);
        announcement.setText(getTranslation("quiz.ordering.moved", moved.label(), to + 1, order.size()));
        save();
    }

    private void save() {
        keep.setVisible(false);
        onChange.accept(order.stream().map(QuestionInput.Option::id).toList());
    }
}
