package nl.kring.assessment.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import nl.kring.catalog.QuizDefinition;
import nl.kring.coursekit.ItemKey;
import nl.kring.coursekit.QuizItem;
import nl.kring.coursekit.QuizOption;

/**
 * The input for one quiz item, built from standard, labelled Vaadin fields (keyboard and screen-reader friendly);
 * it reports every change so the answer is saved at once.
 */
final class ItemInput {

    private ItemInput() {
    }

    /**
     * @param seed     makes shuffled orders stable for one attempt (a reload shows the same order)
     * @param onChange receives the answer values whenever the learner changes them
     */
    static Component of(QuizDefinition quiz, QuizItem item, String label, List<String> saved, long seed,
                        Consumer<List<String>> onChange) {
        ItemKey key = item.key();
        if (key instanceof ItemKey.Choice choice && choice.multiple()) {
            CheckboxGroup<QuizOption> group = new CheckboxGroup<>(label);
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            group.setItems(options(quiz, choice, seed));
            group.setItemLabelGenerator(o -> quiz.text(o.text()));
            choice.options().stream().filter(o -> saved.contains(o.id())).forEach(group::select);
            group.addValueChangeListener(e -> onChange.accept(e.getValue().stream().map(QuizOption::id).sorted().toList()));
            return group;
        }
        if (key instanceof ItemKey.Choice choice) {
            RadioButtonGroup<QuizOption> group = new RadioButtonGroup<>(label);
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setItems(options(quiz, choice, seed));
            group.setItemLabelGenerator(o -> quiz.text(o.text()));
            choice.options().stream().filter(o -> saved.contains(o.id())).findFirst().ifPresent(group::setValue);
            group.addValueChangeListener(e -> onChange.accept(e.getValue() == null ? List.of() : List.of(e.getValue().id())));
            return group;
        }
        if (key instanceof ItemKey.TrueFalse) {
            RadioButtonGroup<String> group = new RadioButtonGroup<>(label);
            group.setItems("true", "false");
            group.setItemLabelGenerator(v -> group.getTranslation(v.equals("true") ? "quiz.true" : "quiz.false"));
            if (!saved.isEmpty()) {
                group.setValue(saved.get(0));
            }
            group.addValueChangeListener(e -> onChange.accept(e.getValue() == null ? List.of() : List.of(e.getValue())));
            return group;
        }
        if (key instanceof ItemKey.Matching matching) {
            return matching(quiz, matching, label, saved, seed, onChange);
        }
        if (key instanceof ItemKey.Ordering ordering) {
            return ordering(quiz, ordering, label, saved, seed, onChange);
        }
        TextField field = new TextField(label);
        field.setWidth("min(100%, 28rem)");
        field.setValueChangeMode(ValueChangeMode.ON_BLUR);
        if (key instanceof ItemKey.Numeric) {
            field.getElement().setAttribute("inputmode", "decimal");
        }
        if (!saved.isEmpty()) {
            field.setValue(saved.get(0));
        }
        field.addValueChangeListener(e -> onChange.accept(e.getValue().isBlank() ? List.of() : List.of(e.getValue())));
        return field;
    }

    private static Component matching(QuizDefinition quiz, ItemKey.Matching matching, String label, List<String> saved,
                                      long seed, Consumer<List<String>> onChange) {
        Div box = new Div(new Span(label));
        box.addClassName("kring-item-group");
        List<ItemKey.Pair> rights = shuffled(matching.pairs(), seed);
        List<Select<ItemKey.Pair>> selects = new ArrayList<>();
        for (ItemKey.Pair left : matching.pairs()) {
            Select<ItemKey.Pair> select = new Select<>();
            select.setLabel(quiz.text(left.left()));
            select.setItems(rights);
            select.setItemLabelGenerator(p -> p == null ? "" : quiz.text(p.right()));
            select.setEmptySelectionAllowed(true);
            select.setWidth("min(100%, 28rem)");
            saved.stream().filter(v -> v.startsWith(left.id() + "=")).findFirst()
                    .flatMap(v -> rights.stream().filter(p -> p.id().equals(v.substring(v.indexOf('=') + 1))).findFirst())
                    .ifPresent(select::setValue);
            select.getElement().setAttribute("data-left", left.id());
            selects.add(select);
            box.add(new Div(select));
        }
        selects.forEach(select -> select.addValueChangeListener(e -> onChange.accept(selects.stream()
                .filter(s -> s.getValue() != null)
                .map(s -> s.getElement().getAttribute("data-left") + "=" + s.getValue().id()).toList())));
        return box;
    }

    private static Component ordering(QuizDefinition quiz, ItemKey.Ordering ordering, String label, List<String> saved,
                                      long seed, Consumer<List<String>> onChange) {
        Div box = new Div();
        box.add(new Span(label + " " + box.getTranslation("quiz.ordering-hint")));
        box.addClassName("kring-item-group");
        List<ItemKey.Step> shown = shuffled(ordering.steps(), seed);
        List<Integer> positions = new ArrayList<>();
        for (int i = 1; i <= shown.size(); i++) {
            positions.add(i);
        }
        List<Select<Integer>> selects = new ArrayList<>();
        for (ItemKey.Step step : shown) {
            Select<Integer> select = new Select<>();
            select.setLabel(quiz.text(step.text()));
            select.setItems(positions);
            select.setEmptySelectionAllowed(true);
            select.setWidth("8rem");
            int index = saved.indexOf(step.id());
            if (index >= 0) {
                select.setValue(index + 1);
            }
            select.getElement().setAttribute("data-step", step.id());
            selects.add(select);
            box.add(new Div(select));
        }
        selects.forEach(select -> select.addValueChangeListener(e -> {
            List<Select<Integer>> placed = selects.stream().filter(s -> s.getValue() != null).toList();
            boolean complete = placed.size() == selects.size()
                    && new HashSet<>(placed.stream().map(Select::getValue).toList()).size() == selects.size();
            onChange.accept(complete ? placed.stream().sorted(Comparator.comparing(Select::getValue))
                    .map(s -> s.getElement().getAttribute("data-step")).toList() : List.of());
        }));
        return box;
    }

    /** The options as written, or in an order of their own for this attempt when the quiz shuffles. */
    private static List<QuizOption> options(QuizDefinition quiz, ItemKey.Choice choice, long seed) {
        return quiz.quiz().settings().shuffle() ? shuffled(choice.options(), seed) : choice.options();
    }

    private static <T> List<T> shuffled(List<T> values, long seed) {
        List<T> copy = new ArrayList<>(values);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }
}
