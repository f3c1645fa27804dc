package nl.kring.learning;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import nl.kring.support.KaribuSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The bundled genogram build exercise: write with a live preview and problems, check, read the findings. */
@RecordApplicationEvents
class GenogramBuildIT extends KaribuSpringTest {

    @Autowired
    ApplicationEvents events;

    @Test
    void aLearnerWritesTheGenogramSeesThePreviewAndProblemsAndGetsSpecificFeedback() {
        signIn("noor", Locale.ENGLISH);
        UI.getCurrent().navigate("course/naasten-betrekken/activity/genogram-bouwen");
        TextArea editor = _get(TextArea.class, spec -> spec.withId("diagram-editor"));
        assertThat(editor.getValue()).contains("person joost");

        editor.setValue("person joost male \"Joost\" index substance\ncouple joost anouk married\n");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("diagram-problems")).getElement().getTextRecursively())
                .contains("Line 2").contains("anouk");

        editor.setValue("""
                person joost male "Joost" index substance
                person anouk female "Anouk"
                couple joost anouk married
                """);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("diagram-problems")).getChildren()).isEmpty();
        assertThat(_find(_get(Div.class, spec -> spec.withId("diagram-preview")), Image.class)).hasSize(1);
        _click(_get(Button.class, spec -> spec.withId("diagram-check")));

        Div result = _get(Div.class, spec -> spec.withId("activity-result"));
        String feedback = String.join(" ", _find(result, Html.class).stream().map(Html::getInnerHtml).toList());
        assertThat(feedback).contains("What does not match yet", "Ties");
        assertThat(events.stream(ActivityCompleted.class)).singleElement()
                .satisfies(e -> assertThat(e.competences()).containsEntry("genogram", 2));
    }
}
