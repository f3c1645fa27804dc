package nl.kring.learning;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import nl.kring.learning.ui.MyLearningView;
import nl.kring.support.KaribuSpringTest;
import org.junit.jupiter.api.Test;

class MyLearningViewIT extends KaribuSpringTest {

    @Test
    void showsEnrolledCoursesWithTheDemoProgress() {
        signIn("noor", Locale.ENGLISH);
        UI.getCurrent().navigate(MyLearningView.class);

        Div row = _get(Div.class, spec -> spec.withClasses("kring-card"));
        assertThat(row.getElement().getAttribute("data-course")).isEqualTo("naasten-betrekken");
        assertThat(_find(row, com.vaadin.flow.component.html.Span.class, spec -> spec.withText("3 of 4 lessons done (75%)")))
                .hasSize(1);
    }

    @Test
    void aNewLearnerIsPointedToTheCatalog() {
        signIn("daan", Locale.forLanguageTag("nl"));
        UI.getCurrent().navigate(MyLearningView.class);

        assertThat(_get(Div.class, spec -> spec.withId("my-learning-empty"))).isNotNull();
    }
}
