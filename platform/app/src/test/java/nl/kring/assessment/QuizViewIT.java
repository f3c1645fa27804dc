package nl.kring.assessment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import nl.kring.api.question.QuestionInput;
import nl.kring.support.KaribuSpringTest;
import org.junit.jupiter.api.Test;

/** The bundled course's quiz in the UI: answers kept across a reload, submit, review. */
class QuizViewIT extends KaribuSpringTest {

    private static final String QUIZ = "course/naasten-betrekken/quiz/toets-basis";

    @Test
    void aLearnerAnswersLeavesComesBackSubmitsAndReadsTheReview() {
        signIn("trainer", Locale.forLanguageTag("nl"));
        UI.getCurrent().navigate(QUIZ);
        assertThat(_get(H1.class, spec -> spec.withId("quiz-title")).getText()).isEqualTo("Toets: naasten betrekken");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<QuestionInput.Option> first = _get(_get(Div.class, spec -> spec.withId("item-steun-tijdens-behandeling")),
                RadioButtonGroup.class);
        first.setValue(first.getListDataView().getItems().filter(o -> o.id().equals("a")).findFirst().orElseThrow());

        UI.getCurrent().navigate("my-learning");
        UI.getCurrent().navigate(QUIZ);

        @SuppressWarnings("unchecked")
        RadioButtonGroup<QuestionInput.Option> restored = _get(_get(Div.class, spec -> spec.withId("item-steun-tijdens-behandeling")),
                RadioButtonGroup.class);
        assertThat(restored.getValue()).isNotNull();
        assertThat(restored.getValue().id()).isEqualTo("a");

        _click(_get(Button.class, spec -> spec.withId("quiz-submit")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-submit")));

        assertThat(_get(Div.class, spec -> spec.withId("quiz-summary")).getElement().getTextRecursively())
                .startsWith("Nog niet geslaagd: ").contains("(cesuur 70%)");
        Div reviewed = _get(Div.class, spec -> spec.withId("review-steun-tijdens-behandeling"));
        assertThat(reviewed.getElement().getTextRecursively()).contains("Goed");
        assertThat(_find(reviewed, Html.class)).extracting(Html::getInnerHtml)
                .anySatisfy(html -> assertThat(html).contains("Juist. Tijdens de behandeling"));
        assertThat(_get(reviewed, Anchor.class, spec -> spec.withText("Lees de les hierover")).getHref())
                .isEqualTo("course/naasten-betrekken/lesson/waarom-steun");
        assertThat(_get(Div.class, spec -> spec.withId("review-casus-joost-casus-joost-privacy")).getElement().getTextRecursively())
                .contains("Jouw antwoord: (geen antwoord)");

        _click(_get(Button.class, spec -> spec.withId("quiz-again")));
        assertThat(_get(Button.class, spec -> spec.withId("quiz-submit"))).isNotNull();
    }
}
