package nl.kring.learning.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import nl.kring.api.content.DiagramElement;
import nl.kring.api.content.DiagramForm;
import nl.kring.api.content.DiagramForm.Field;

/**
 * Adds or edits one element of a diagram (a person, a couple …) with the fields its plugin describes. Required
 * fields are checked before saving; references offer the diagram's other elements by name.
 */
final class DiagramElementDialog extends Dialog {

    private static final int FIRST_YEAR = 1000;
    private static final int LAST_YEAR = 2999;

    private final DiagramElement element;
    private final List<DiagramElement> others;
    private final Map<Field, Input> inputs = new LinkedHashMap<>();

    /** A field's component and how to read its value as text. */
    private record Input(Component component, Supplier<String> value) {
    }

    DiagramElementDialog(DiagramForm.ElementKind kind, DiagramElement element, List<DiagramElement> all,
                         Consumer<Map<String, String>> save) {
        this.element = element;
        this.others = all.stream().filter(e -> element.id().isEmpty() || !e.id().equals(element.id()))
                .filter(e -> !e.id().isEmpty()).toList();
        setHeaderTitle(element.id().isEmpty() && element.values().isEmpty() ? kind.addLabel()
                : element.name().isEmpty() ? kind.label() : element.name());
        setWidth("min(44rem, 96vw)");
        addClassName("kring-element-dialog");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        kind.fields().forEach(field -> {
            Input input = input(field);
            inputs.put(field, input);
            form.add(input.component());
            if (field.kind() == DiagramForm.FieldKind.FLAGS || field.kind() == DiagramForm.FieldKind.REFERENCES) {
                form.setColspan(input.component(), 2);
            }
        });
        add(form);
        Button ok = new Button(getTranslation("diagram.form.save"), e -> {
            if (valid()) {
                Map<String, String> values = new LinkedHashMap<>();
                inputs.forEach((field, input) -> {
                    String value = input.value().get();
                    if (!value.isBlank()) {
                        values.put(field.id(), value);
                    }
                });
                save.accept(values);
                close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("element-save");
        Button cancel = new Button(getTranslation("diagram.form.cancel"), e -> close());
        cancel.setId("element-cancel");
        getFooter().add(cancel, ok);
    }

    private boolean valid() {
        boolean valid = true;
        for (Map.Entry<Field, Input> entry : inputs.entrySet()) {
            boolean missing = entry.getKey().required() && entry.getValue().value().get().isBlank();
            if (entry.getValue().component() instanceof HasValidation validation) {
                boolean badYear = entry.getValue().component() instanceof IntegerField year && year.isInvalid() && !missing;
                validation.setInvalid(missing || badYear);
                if (missing) {
                    validation.setErrorMessage(getTranslation("diagram.form.required"));
                }
                valid &= !missing && !badYear;
            } else {
                valid &= !missing;
            }
        }
        return valid;
    }

    private Input input(Field field) {
        String value = element.value(field.id());
        Input input = switch (field.kind()) {
            case TEXT -> text(field, value);
            case YEAR -> year(field, value);
            case CHOICE -> choice(field, value);
            case FLAGS -> flags(field, value);
            case CHECKBOX -> {
                Checkbox box = new Checkbox(field.label(), "true".equals(value));
                yield new Input(box, () -> box.getValue() ? "true" : "");
            }
            case REFERENCE -> reference(field, value);
            case REFERENCES -> references(field, value);
        };
        input.component().setId("field-" + field.id());
        if (!field.help().isEmpty() && input.component() instanceof com.vaadin.flow.component.HasHelper helper) {
            helper.setHelperText(field.help());
        }
        return input;
    }

    private static Input text(Field field, String value) {
        TextField text = new TextField(field.label());
        text.setValue(value);
        text.setRequiredIndicatorVisible(field.required());
        text.setMaxLength(200);
        return new Input(text, () -> text.getValue().strip());
    }

    private Input year(Field field, String value) {
        IntegerField year = new IntegerField(field.label());
        year.setMin(FIRST_YEAR);
        year.setMax(LAST_YEAR);
        year.setStepButtonsVisible(false);
        year.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(getTranslation("diagram.form.year"))
                .setMaxErrorMessage(getTranslation("diagram.form.year")).setBadInputErrorMessage(getTranslation("diagram.form.year")));
        if (value.matches("\\d{4}")) {
            year.setValue(Integer.valueOf(value));
        }
        return new Input(year, () -> year.getValue() == null ? "" : year.getValue().toString());
    }

    private static Input choice(Field field, String value) {
        ComboBox<DiagramForm.Option> choice = new ComboBox<>(field.label(), field.options());
        choice.setItemLabelGenerator(DiagramForm.Option::label);
        choice.setRequiredIndicatorVisible(field.required());
        choice.setClearButtonVisible(!field.required());
        field.options().stream().filter(o -> o.id().equals(value)).findFirst().ifPresent(choice::setValue);
        return new Input(choice, () -> choice.getValue() == null ? "" : choice.getValue().id());
    }

    private static Input flags(Field field, String value) {
        CheckboxGroup<DiagramForm.Option> flags = new CheckboxGroup<>(field.label(), field.options());
        flags.setItemLabelGenerator(DiagramForm.Option::label);
        Set<String> chosen = Set.of(value.split(","));
        flags.setValue(field.options().stream().filter(o -> chosen.contains(o.id())).collect(java.util.stream.Collectors.toSet()));
        return new Input(flags, () -> String.join(",", field.options().stream().filter(flags.getValue()::contains)
                .map(DiagramForm.Option::id).toList()));
    }

    private Input reference(Field field, String value) {
        ComboBox<DiagramElement> reference = new ComboBox<>(field.label(), candidates(field));
        reference.setItemLabelGenerator(DiagramElement::name);
        reference.setRequiredIndicatorVisible(field.required());
        reference.setClearButtonVisible(!field.required());
        candidates(field).stream().filter(e -> e.id().equals(value)).findFirst().ifPresent(reference::setValue);
        return new Input(reference, () -> reference.getValue() == null ? "" : reference.getValue().id());
    }

    private Input references(Field field, String value) {
        MultiSelectComboBox<DiagramElement> references = new MultiSelectComboBox<>(field.label(), candidates(field));
        references.setItemLabelGenerator(DiagramElement::name);
        references.setRequiredIndicatorVisible(field.required());
        List<String> chosen = List.of(value.split(","));
        references.setValue(candidates(field).stream().filter(e -> chosen.contains(e.id())).toList());
        return new Input(references, () -> {
            List<String> ids = new ArrayList<>();
            candidates(field).stream().filter(references.getValue()::contains).forEach(e -> ids.add(e.id()));
            return String.join(",", ids);
        });
    }

    private List<DiagramElement> candidates(Field field) {
        return others.stream().filter(e -> field.refersTo().contains(e.kind())).filter(e -> !Objects.equals(e.id(), "")).toList();
    }

    /** For tests and for focusing: the component of a field. */
    Component field(String id) {
        return inputs.entrySet().stream().filter(e -> e.getKey().id().equals(id)).findFirst().orElseThrow().getValue().component();
    }
}
