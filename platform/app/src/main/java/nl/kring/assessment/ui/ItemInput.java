package nl.kring.assessment.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import nl.kring.api.question.QuestionInput;

/**
 * The input for one question, built from standard, labelled Vaadin fields: choice items are radio or checkbox groups,
 * matching and ordering items are fieldsets with the question as legend, so keyboard and screen-reader users meet
 * the same question as everyone else. Every change is reported at once, so the answer is saved when given.
 */
final class ItemInput {

    private ItemInput() {
    }

    /**
     * @param shuffleOptions whether choice options appear in an order of this attempt's own
     * @param seed           makes shuffled orders stable for one attempt (a reload shows the same order)
     * @param onChange       receives the answer values whenever the learner changes them
     */
    static Component of(QuestionInput input, String label, List<String> saved, boolean shuffleOptions, long seed,
                        Consumer<List<String>> onChange) {
        if (input instanceof QuestionInput.Choice choice) {
            List<QuestionInput.Option> options = shuffleOptions && !choice.fixedOrder() ? shuffled(choice.options(), seed)
                    : choice.options();
            return choice.multiple() ? checkboxes(options, label, saved, onChange) : radios(options, label, saved, onChange);
        }
        if (input instanceof QuestionInput.Match match) {
            return matching(match, label, saved, seed, onChange);
        }
        if (input instanceof QuestionInput.Order order) {
            return new OrderingInput(order, label, saved, shuffled(order.steps(), seed), onChange);
        }
        return text((QuestionInput.Text) input, label, saved, onChange);
    }

    /**
     * Makes an answered question read-only (a checked answer is final): fields become read-only, which keeps the
     * question and the answer readable at full contrast; buttons (ordering moves) are switched off.
     */
    static void lock(Component input) {
        if (input instanceof HasValue<?, ?> field) {
            field.setReadOnly(true);
            return;
        }
        if (input instanceof Button button) {
            button.setEnabled(false);
        }
        input.getChildren().forEach(ItemInput::lock);
    }

    private static Component radios(List<QuestionInput.Option> options, String label, List<String> saved,
                                    Consumer<List<String>> onChange) {
        RadioButtonGroup<QuestionInput.Option> group = new RadioButtonGroup<>(label);
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setItems(options);
        group.setItemLabelGenerator(QuestionInput.Option::label);
        options.stream().filter(o -> saved.contains(o.id())).findFirst().ifPresent(group::setValue);
        group.addValueChangeListener(e -> onChange.accept(e.getValue() == null ? List.of() : List.of(e.getValue().id())));
        return group;
    }

    private static Component checkboxes(List<QuestionInput.Option> options, String label, List<String> saved,
                                        Consumer<List<String>> onChange) {
        CheckboxGroup<QuestionInput.Option> group = new CheckboxGroup<>(label);
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.setItems(options);
        group.setItemLabelGenerator(QuestionInput.Option::label);
        options.stream().filter(o -> saved.contains(o.id())).forEach(group::select);
        group.addValueChangeListener(e -> onChange.accept(e.getValue().stream().map(QuestionInput.Option::id).sorted().toList()));
        return group;
    }

    private static Component text(QuestionInput.Text input, String label, List<String> saved, Consumer<List<String>> onChange) {
        TextField field = new TextField(label);
        field.setWidth("min(100%, 28rem)");
        field.setValueChangeMode(ValueChangeMode.ON_BLUR);
        if (input.numeric()) {
            field.getElement().setAttribute("inputmode", "decimal");
        }
        if (!saved.isEmpty()) {
            field.setValue(saved.get(0));
        }
        field.addValueChangeListener(e -> onChange.accept(e.getValue().isBlank() ? List.of() : List.of(e.getValue())));
        return field;
    }

    /** One select per prompt, in a fieldset whose legend is the question; every pair matched is saved at once. */
    private static Component matching(QuestionInput.Match match, String label, List<String> saved, long seed,
                                      Consumer<List<String>> onChange) {
        FieldSet box = new FieldSet(label);
        box.addClassName("kring-item-group");
        List<QuestionInput.Option> answers = shuffled(match.answers(), seed);
        List<Select<QuestionInput.Option>> selects = new ArrayList<>();
        for (QuestionInput.Option prompt : match.prompts()) {
            Select<QuestionInput.Option> select = new Select<>();
            select.setLabel(prompt.label());
            select.setItems(answers);
            select.setItemLabelGenerator(a -> a == null ? "" : a.label());
            select.setEmptySelectionAllowed(true);
            select.setWidth("min(100%, 28rem)");
            saved.stream().filter(v -> v.startsWith(prompt.id() + "=")).findFirst()
                    .flatMap(v -> answers.stream().filter(a -> a.id().equals(v.substring(v.indexOf('=') + 1))).findFirst())
                    .ifPresent(select::setValue);
            select.getElement().setAttribute("data-left", prompt.id());
            selects.add(select);
            box.add(new Div(select));
        }
        selects.forEach(select -> select.addValueChangeListener(e -> onChange.accept(selects.stream()
                .filter(s -> s.getValue() != null)
                .map(s -> s.getElement().getAttribute("data-left") + "=" + s.getValue().id()).toList())));
        return box;
    }

    static <T> List<T> shuffled(List<T> values, long seed) {
        List<T> copy = new ArrayList<>(values);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }
}
