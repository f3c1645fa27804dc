package nl.kring.learning;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.kring.support.Download;
import nl.kring.support.KaribuSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The bundled genogram build exercise: build with forms or text, with a live preview and problems, check, read the
 * findings, download the genogram as SVG and PNG.
 */
@RecordApplicationEvents
class GenogramBuildIT extends KaribuSpringTest {

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLearnerWritesTheGenogramSeesThePreviewAndProblemsAndGetsSpecificFeedback() {
        openFreshAttempt();
        mode("diagram-mode-text");
        TextArea editor = _get(TextArea.class, spec -> spec.withId("diagram-editor"));
        assertThat(editor.getValue()).contains("person joost");

        editor.setValue("person joost male \"Joost\" index substance\ncouple joost anouk married\n");
        assertThat(problems()).contains("Line 2").contains("anouk");

        editor.setValue("""
                person joost male "Joost" index substance
                person anouk female "Anouk"
                couple joost anouk married
                """);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("diagram-problems")).getChildren()).isEmpty();
        assertThat(_find(_get(Div.class, spec -> spec.withId("diagram-preview")), Image.class)).hasSize(1);
        _click(_get(Button.class, spec -> spec.withId("diagram-check")));

        assertThat(feedback()).contains("What does not match yet", "Ties");
        assertThat(events.stream(ActivityCompleted.class)).singleElement()
                .satisfies(e -> assertThat(e.competences()).containsEntry("genogram", 2));
    }

    @Test
    void aLearnerBuildsTheWholeGenogramWithFormsAndItMatchesTheModelAnswer() {
        openFreshAttempt();
        assertThat(rows("person")).containsExactly("Joost — man, the client");
        assertThat(_find(TextArea.class, spec -> spec.withId("diagram-editor"))).as("the text editor is hidden").isEmpty();

        _click(labelled("Edit Joost"));
        _get(CheckboxGroup.class, spec -> spec.withId("field-markers")).setValue(java.util.Set.of(option("field-markers", "substance misuse")));
        save();
        addPerson("Anouk", "woman");
        _click(_get(Button.class, spec -> spec.withId("diagram-add-couple")));
        choose("field-a", "Joost");
        choose("field-b", "Anouk");
        choose("field-status1", "married");
        save();
        addPerson("Ties", "man");
        _click(labelled("Edit Ties"));
        choose("field-parents", "Joost & Anouk");
        save();
        _click(_get(Button.class, spec -> spec.withId("diagram-add-household")));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.MultiSelectComboBox<Object> members =
                _get(com.vaadin.flow.component.combobox.MultiSelectComboBox.class, spec -> spec.withId("field-members"));
        members.setValue(members.getListDataView().getItems().toList());
        save();

        assertThat(rows("person")).containsExactly("Joost — man, the client, substance misuse", "Anouk — woman",
                "Ties — man, child of Joost & Anouk");
        assertThat(rows("couple")).containsExactly("Joost & Anouk — married");
        assertThat(rows("household")).containsExactly("Joost, Anouk, Ties");
        assertThat(_find(_get(Div.class, spec -> spec.withId("diagram-preview")), Image.class)).hasSize(1);
        mode("diagram-mode-text");
        assertThat(_get(TextArea.class, spec -> spec.withId("diagram-editor")).getValue())
                .contains("person anouk female \"Anouk\"", "children joost anouk: ties", "household joost anouk ties");
        _click(_get(Button.class, spec -> spec.withId("diagram-check")));

        assertThat(feedback()).contains("13 of the 13 elements match", "Everything matches");
    }

    @Test
    void aGenogramHalfBuiltIsStillThereAfterLeavingThePageAndComingBack() {
        openFreshAttempt();
        addPerson("Anouk", "woman");

        UI.getCurrent().navigate("my-learning");
        UI.getCurrent().navigate("course/naasten-betrekken/activity/genogram-bouwen");

        assertThat(rows("person")).containsExactly("Joost — man, the client", "Anouk — woman");
        _click(_get(Button.class, spec -> spec.withId("diagram-check")));
        assertThat(feedback()).contains("Ties is missing");
        UI.getCurrent().navigate("my-learning");
        UI.getCurrent().navigate("course/naasten-betrekken/activity/genogram-bouwen");
        _click(_get(Button.class, spec -> spec.withId("conversation-again")));
        assertThat(rows("person")).as("a new attempt starts from the exercise's start, not the old draft")
                .containsExactly("Joost — man, the client");
    }

    @Test
    void requiredFieldsAreAskedForAndRemovingSomeoneOthersReferToIsConfirmed() {
        openFreshAttempt();
        _click(_get(Button.class, spec -> spec.withId("diagram-add-person")));
        _click(_get(Button.class, spec -> spec.withId("element-save")));
        TextField name = _get(TextField.class, spec -> spec.withId("field-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Fill this in");
        _click(_get(Button.class, spec -> spec.withId("element-cancel")));
        addPerson("Anouk", "woman");
        _click(_get(Button.class, spec -> spec.withId("diagram-add-relation")));
        choose("field-a", "Joost");
        choose("field-b", "Anouk");
        choose("field-type", "conflict");
        save();
        assertThat(rows("relation")).containsExactly("Joost — Anouk: conflict");

        _click(labelled("Remove Anouk"));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("diagram-remove-confirm"));
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(rows("person")).containsExactly("Joost — man, the client");
        assertThat(rows("relation")).isEmpty();
    }

    @Test
    void aTextTheFormsCannotShowKeepsTheLearnerInTheTextEditorWithTheReason() {
        openFreshAttempt();
        mode("diagram-mode-text");
        _get(TextArea.class, spec -> spec.withId("diagram-editor")).setValue("person joost male \"Joost\" index\npersn anouk female\n");

        mode("diagram-mode-form");

        Paragraph notice = _get(Paragraph.class, spec -> spec.withId("diagram-form-notice"));
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).contains("cannot show this text", "persn");
        assertThat(_get(TextArea.class, spec -> spec.withId("diagram-editor")).isVisible()).isTrue();
        assertThat(_get(Tabs.class).getSelectedTab().getId()).hasValue("diagram-mode-text");
    }

    @Test
    void theCheckedGenogramCanBeDownloadedAsSvgAndPng() throws IOException {
        jdbc.update("delete from activity_attempt where activity_id = 'genogram-bouwen'");
        signIn("daan", Locale.forLanguageTag("nl"));
        UI.getCurrent().navigate("course/naasten-betrekken/activity/genogram-bouwen");
        mode("diagram-mode-text");
        _get(TextArea.class, spec -> spec.withId("diagram-editor")).setValue("""
                title "Het gezin van Joost"
                person joost male "Joost" index substance
                person anouk female "Anouk"
                couple joost anouk married
                """);
        _click(_get(Button.class, spec -> spec.withId("diagram-check")));

        Div transcript = _get(Div.class, spec -> spec.withId("conversation-transcript"));
        Anchor svgLink = _get(transcript, Anchor.class, spec -> spec.withClasses("kring-diagram-download-svg"));
        Anchor pngLink = _get(transcript, Anchor.class, spec -> spec.withClasses("kring-diagram-download-png"));
        assertThat(svgLink.getText()).isEqualTo("SVG downloaden");
        assertThat(pngLink.getText()).isEqualTo("PNG downloaden");
        assertThat(svgLink.isDownload()).isTrue();

        Download svg = Download.of(svgLink);
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.contentType()).isEqualTo("image/svg+xml");
        assertThat(svg.headers()).containsEntry("Content-Disposition", "attachment; filename=\"het-gezin-van-joost.svg\"")
                .containsEntry("X-Content-Type-Options", "nosniff");
        assertThat(new String(svg.body(), StandardCharsets.UTF_8)).startsWith("<svg").contains("Joost", "Anouk");

        Download png = Download.of(pngLink);
        assertThat(png.status()).isEqualTo(200);
        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(png.headers()).containsEntry("Content-Disposition", "attachment; filename=\"het-gezin-van-joost.png\"");
        assertThat(png.body()).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertThat(image).as("a PNG that ImageIO can read").isNotNull();
        Matcher size = Pattern.compile("<svg[^>]* width=\"([\\d.]+)\" height=\"([\\d.]+)\"")
                .matcher(new String(svg.body(), StandardCharsets.UTF_8));
        assertThat(size.find()).as("the drawing states its size").isTrue();
        assertThat(image.getWidth()).as("twice the drawing's width").isEqualTo(Math.round(2 * Float.parseFloat(size.group(1))));
        assertThat(image.getHeight()).as("twice the drawing's height").isEqualTo(Math.round(2 * Float.parseFloat(size.group(2))));
    }

    /** The tests share a database: start without the attempts (and drafts) of other tests. */
    private void openFreshAttempt() {
        jdbc.update("delete from activity_attempt where activity_id = 'genogram-bouwen'");
        signIn("noor", Locale.ENGLISH);
        UI.getCurrent().navigate("course/naasten-betrekken/activity/genogram-bouwen");
    }

    private static void mode(String id) {
        _get(Tabs.class).setSelectedTab(_get(Tab.class, spec -> spec.withId(id)));
    }

    private static void addPerson(String name, String sex) {
        _click(_get(Button.class, spec -> spec.withId("diagram-add-person")));
        _get(TextField.class, spec -> spec.withId("field-name")).setValue(name);
        choose("field-sex", sex);
        save();
    }

    private static Button labelled(String ariaLabel) {
        return _find(Button.class).stream().filter(b -> b.getAriaLabel().orElse("").equals(ariaLabel)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + ariaLabel));
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withId("element-save")));
    }

    @SuppressWarnings("unchecked")
    private static void choose(String field, String label) {
        ComboBox<Object> combo = _get(ComboBox.class, spec -> spec.withId(field));
        Object item = combo.getListDataView().getItems().filter(i -> combo.getItemLabelGenerator().apply(i).equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no option " + label + " in " + field));
        combo.setValue(item);
    }

    @SuppressWarnings("unchecked")
    private static Object option(String field, String label) {
        CheckboxGroup<Object> group = _get(CheckboxGroup.class, spec -> spec.withId(field));
        return group.getListDataView().getItems().filter(i -> group.getItemLabelGenerator().apply(i).equals(label))
                .findFirst().orElseThrow();
    }

    private static List<String> rows(String kind) {
        Div section = _get(Div.class, spec -> spec.withId("diagram-form-" + kind));
        return _find(section, com.vaadin.flow.component.html.Span.class).stream()
                .filter(s -> s.hasClassName("kring-diagram-form-summary")).map(com.vaadin.flow.component.html.Span::getText).toList();
    }

    private static String problems() {
        return _get(UnorderedList.class, spec -> spec.withId("diagram-problems")).getElement().getTextRecursively();
    }

    private static String feedback() {
        Div result = _get(Div.class, spec -> spec.withId("activity-result"));
        return String.join(" ", _find(result, Html.class).stream().map(Html::getInnerHtml).toList());
    }
}
