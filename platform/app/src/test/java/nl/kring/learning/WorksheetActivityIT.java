package nl.kring.learning;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import nl.kring.support.KaribuSpringTest;
import org.junit.jupiter.api.Test;

/** The bundled course's worksheet, run by the real worksheet activity plugin jar. */
class WorksheetActivityIT extends KaribuSpringTest {

    @Test
    void aLearnerFillsInTheWorksheetAndReadsTheFeedback() {
        signIn("daan", Locale.forLanguageTag("nl"));
        UI.getCurrent().navigate("course/naasten-betrekken");
        assertThat(_get(Anchor.class, spec -> spec.withText("Oefening: het netwerk van Eva in kaart")).getHref())
                .isEqualTo("course/naasten-betrekken/activity/netwerk-eva");

        UI.getCurrent().navigate("course/naasten-betrekken/activity/netwerk-eva");

        assertThat(_get(H1.class, spec -> spec.withId("activity-title")).getText()).isEqualTo("Oefening: het netwerk van Eva in kaart");
        _setValue(_get(TextArea.class, spec -> spec.withId("answer-steun")), "Sanne uit het koor, want zij drinkt niet.");
        _setValue(_get(TextArea.class, spec -> spec.withId("answer-risico")), "Joris drinkt mee; ik zou het met Eva bespreken.");
        _setValue(_get(TextArea.class, spec -> spec.withId("answer-kind")), "Noa, haar dochter: ze is stil.");
        _setValue(_get(TextArea.class, spec -> spec.withId("answer-eerste-stap")), "Doorvragen waarom ze niemand wil betrekken.");
        _click(_get(Button.class, spec -> spec.withId("activity-submit")));

        Div result = _get(Div.class, spec -> spec.withId("activity-result"));
        // steun 2 of 3 key points, risico 3 of 3, kind 2 of 3, eerste stap (no key points) answered: (2/3 + 1 + 2/3 + 1) / 4
        assertThat(_get(result, H3.class, spec -> { }).getText()).isEqualTo("Je resultaat: 83%");
        assertThat(result.getElement().getChild(1).getOuterHTML()).contains("Je noemde: sanne, drinkt niet.")
                .contains("Denk ook aan: moeder.").contains("Voorbeeldantwoord.");
    }
}
