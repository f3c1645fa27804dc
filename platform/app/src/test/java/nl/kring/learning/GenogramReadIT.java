package nl.kring.learning;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import nl.kring.api.activity.ActivityBlock;
import nl.kring.support.KaribuSpringTest;
import org.junit.jupiter.api.Test;

/** The bundled genogram read exercise: the genogram drawn by the plugin, questions about it, a scored result. */
class GenogramReadIT extends KaribuSpringTest {

    @Test
    @SuppressWarnings("unchecked")
    void aLearnerReadsTheGenogramAnswersAndGetsFeedbackPerQuestion() {
        signIn("daan", Locale.ENGLISH);
        UI.getCurrent().navigate("course/naasten-betrekken/activity/genogram-lezen");

        Image picture = _get(Image.class, spec -> spec.withAttribute("alt", "Familie De Wit"));
        assertThat(picture.getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat(picture.getAlt()).contains("Familie De Wit");
        List<RadioButtonGroup> questions = _find(RadioButtonGroup.class);
        assertThat(questions).hasSize(3);
        for (RadioButtonGroup<ActivityBlock.Option> question : questions) {
            question.setValue(question.getListDataView().getItems().toList().get(0));
        }
        _click(_get(Button.class, spec -> spec.withId("activity-submit")));

        Div result = _get(Div.class, spec -> spec.withId("activity-result"));
        String feedback = String.join(" ", _find(result, Html.class).stream().map(Html::getInnerHtml).toList());
        // The first options are: one generation (wrong), in recovery (right), his sister Lisa (right).
        assertThat(result.getElement().getTextRecursively()).contains("67%");
        assertThat(feedback).contains("Look at the top row too", "Right: He has had problems with substances");
    }
}
