package nl.kring.learning.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import nl.kring.api.activity.ActivityBlock;
import nl.kring.api.content.DiagramElement;
import nl.kring.api.content.DiagramElements;
import nl.kring.api.content.DiagramForm;
import nl.kring.api.content.DiagramProblem;
import nl.kring.plugin.DiagramRunner;

/**
 * Building a diagram (a genogram) with a live preview drawn by the plugin: with forms (add a person, a couple …) when
 * the plugin offers them, or by writing its notation, with its problems listed as the learner goes. Both modes edit
 * the same text, which "Check" hands to the activity; every change is kept as a draft, so a reload loses nothing. A text the forms cannot show keeps the learner in the text
 * editor, with the reasons.
 */
final class DiagramEditorField extends Div {

    private final transient DiagramRunner diagrams;
    private final transient Function<String, Html> markdown;
    private final ActivityBlock.DiagramEditor editor;
    private final String language;
    private final TextArea text = new TextArea();
    private final Div preview = new Div();
    private final UnorderedList problems = new UnorderedList();
    private final Paragraph notice = new Paragraph();
    private final Tab formTab = new Tab();
    private final Tab textTab = new Tab();
    private final Tabs modes = new Tabs();
    private final DiagramFormPanel formPanel;
    private final transient Consumer<String> keep;
    private String source;
    private boolean switching;

    DiagramEditorField(DiagramRunner diagrams, ActivityBlock.DiagramEditor editor, String language,
                       Function<String, Html> markdown, Consumer<String> check, Consumer<String> keep) {
        this.diagrams = diagrams;
        this.editor = editor;
        this.language = language;
        this.markdown = markdown;
        this.source = editor.source() == null ? "" : editor.source();
        this.keep = keep;
        addClassName("kring-diagram-editor");
        Optional<DiagramForm> form = diagrams.form(editor.diagramLanguage(), language);
        formPanel = form.map(f -> new DiagramFormPanel(f, this::changed)).orElse(null);
        text.setLabel(editor.prompt());
        text.setValue(source);
        text.setWidthFull();
        text.setMinHeight("14em");
        text.setId("diagram-editor");
        text.addClassName("kring-code");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(700);
        text.addValueChangeListener(e -> {
            if (!e.getValue().equals(source)) {
                source = e.getValue();
                keep.accept(source);
                refresh();
            }
        });
        problems.setId("diagram-problems");
        problems.getElement().setAttribute("aria-live", "polite");
        notice.setId("diagram-form-notice");
        notice.addClassName("kring-report-error");
        notice.setVisible(false);
        preview.setId("diagram-preview");
        preview.addClassName("kring-diagram-editor-preview");
        Button send = new Button(getTranslation("diagram.check"), e -> check.accept(source));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("diagram-check");
        Div work = new Div();
        work.addClassName("kring-diagram-editor-work");
        if (formPanel != null) {
            formTab.setLabel(getTranslation("diagram.mode.form"));
            formTab.setId("diagram-mode-form");
            textTab.setLabel(getTranslation("diagram.mode.text"));
            textTab.setId("diagram-mode-text");
            modes.add(formTab, textTab);
            modes.addSelectedChangeListener(e -> {
                if (!switching) {
                    switchTo(e.getSelectedTab() == formTab);
                    refresh();
                }
            });
            work.add(new Paragraph(editor.prompt()), modes, notice, formPanel);
        }
        work.add(text, problems, send);
        add(work, preview);
        switchTo(formPanel != null);
        refresh();
    }

    /** Shows the forms when asked and the text can be shown in them; otherwise the text editor. */
    private void switchTo(boolean forms) {
        notice.setVisible(false);
        if (forms) {
            Optional<DiagramElements> read = diagrams.elements(editor.diagramLanguage(), source, language);
            if (read.isPresent() && read.get().unsupported().isEmpty()) {
                formPanel.show(read.get().elements());
                showForms(true);
                return;
            }
            notice.setText(getTranslation("diagram.form.unavailable", read.map(r -> String.join("; ", r.unsupported().stream()
                    .map(DiagramEditorField::describe).toList())).orElse(getTranslation("diagram.form.failed"))));
            notice.setVisible(true);
        }
        showForms(false);
    }

    private void showForms(boolean forms) {
        if (formPanel != null) {
            formPanel.setVisible(forms);
            switching = true;
            modes.setSelectedTab(forms ? formTab : textTab);
            switching = false;
        }
        text.setVisible(!forms);
        if (!forms) {
            text.setValue(source);
        }
    }

    /** The forms changed: the plugin writes the text, then reads it back so ids, names and summaries are current. */
    private void changed(List<DiagramElement> elements) {
        Optional<String> written = diagrams.source(editor.diagramLanguage(), elements);
        if (written.isEmpty()) {
            notice.setText(getTranslation("diagram.form.failed"));
            notice.setVisible(true);
            return;
        }
        source = written.get();
        keep.accept(source);
        diagrams.elements(editor.diagramLanguage(), source, language).ifPresent(read -> formPanel.show(read.elements()));
        refresh();
    }

    private void refresh() {
        problems.removeAll();
        boolean forms = formPanel != null && formPanel.isVisible();
        diagrams.check(editor.diagramLanguage(), source).forEach(problem -> problems.add(new ListItem(forms
                ? problem.message() : getTranslation("diagram.problem", problem.line(), describe(problem)))));
        preview.removeAll();
        if (!source.isBlank()) {
            preview.add(new DiagramPicture(diagrams, editor.diagramLanguage(), source, language, markdown));
        }
    }

    private static String describe(DiagramProblem problem) {
        return problem.message() + (problem.hint() == null || problem.hint().isBlank() ? "" : " (" + problem.hint() + ")");
    }

    /** The text the learner has built so far. */
    String source() {
        return source;
    }
}
