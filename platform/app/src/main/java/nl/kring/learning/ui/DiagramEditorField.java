package nl.kring.learning.ui;

import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import nl.kring.api.activity.ActivityBlock;
import nl.kring.plugin.DiagramRunner;

/**
 * Writing a diagram (a genogram) in its notation, with a live preview drawn by the plugin and its problems listed
 * by line as the learner types; "Check" hands the text to the activity.
 */
final class DiagramEditorField extends Div {

    private final transient DiagramRunner diagrams;
    private final transient Function<String, Html> markdown;
    private final ActivityBlock.DiagramEditor editor;
    private final String language;
    private final TextArea text = new TextArea();
    private final Div preview = new Div();
    private final UnorderedList problems = new UnorderedList();

    DiagramEditorField(DiagramRunner diagrams, ActivityBlock.DiagramEditor editor, String language,
                       Function<String, Html> markdown, Consumer<String> check) {
        this.diagrams = diagrams;
        this.editor = editor;
        this.language = language;
        this.markdown = markdown;
        addClassName("kring-diagram-editor");
        text.setLabel(editor.prompt());
        text.setValue(editor.source() == null ? "" : editor.source());
        text.setWidthFull();
        text.setMinHeight("14em");
        text.setId("diagram-editor");
        text.addClassName("kring-code");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(700);
        text.addValueChangeListener(e -> refresh());
        problems.setId("diagram-problems");
        problems.getElement().setAttribute("aria-live", "polite");
        preview.setId("diagram-preview");
        Button send = new Button(getTranslation("diagram.check"), e -> check.accept(text.getValue()));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("diagram-check");
        add(text, problems, send, preview);
        refresh();
    }

    private void refresh() {
        problems.removeAll();
        diagrams.check(editor.diagramLanguage(), text.getValue()).forEach(problem -> problems.add(new ListItem(
                getTranslation("diagram.problem", problem.line(), problem.message()
                        + (problem.hint() == null ? "" : " (" + problem.hint() + ")")))));
        preview.removeAll();
        if (!text.getValue().isBlank()) {
            preview.add(new DiagramPicture(diagrams, editor.diagramLanguage(), text.getValue(), language, markdown));
        }
    }
}
