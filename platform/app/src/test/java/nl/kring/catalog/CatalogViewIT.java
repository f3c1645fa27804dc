package nl.kring.catalog;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import nl.kring.catalog.ui.CatalogView;
import nl.kring.support.KaribuSpringTest;
import nl.kring.support.TestPlugins;
import org.junit.jupiter.api.Test;

class CatalogViewIT extends KaribuSpringTest {

    @org.springframework.beans.factory.annotation.Autowired
    nl.kring.plugin.PluginLifecycle lifecycle;

    @Test
    void showsACardPerInstalledCourseInDutch() {
        signIn("daan", Locale.forLanguageTag("nl"));
        UI.getCurrent().navigate(CatalogView.class);

        assertThat(_get(H2.class, spec -> spec.withText("Cursuscatalogus"))).isNotNull();
        List<Div> cards = _find(Div.class, spec -> spec.withClasses("kring-card"));
        assertThat(cards).as("one per installed course").hasSize(TestPlugins.bundledCourseIds().size() + 1);
        assertThat(cards).extracting(card -> _get(card, H3.class, spec -> { }).getText())
                .contains("Cursus met een kapotte oefening", "Naasten betrekken: de basis",
                        "CRAFT: naasten trainen om een zorgmijder naar behandeling te helpen");
    }

    @Test
    void showsEnglishTitlesToAnEnglishUser() {
        signIn("daan", Locale.ENGLISH);
        UI.getCurrent().navigate(CatalogView.class);

        assertThat(_get(H3.class, spec -> spec.withText("Involving significant others: the foundations"))).isNotNull();
    }

    @Test
    void filtersByCompetence() {
        signIn("daan", Locale.ENGLISH);
        UI.getCurrent().navigate(CatalogView.class);
        @SuppressWarnings("unchecked")
        ComboBox<Object> filter = _get(ComboBox.class, spec -> spec.withId("competence-filter"));

        ComboBoxKt.selectByLabel(filter, "Systemic work with the genogram");
        assertThat(_find(Div.class, spec -> spec.withClasses("kring-card")))
                .extracting(card -> card.getElement().getAttribute("data-course")).contains("met-kapotte-oefening", "genogram")
                .doesNotContain("naasten-betrekken", "craft");

        ComboBoxKt.selectByLabel(filter, "Involving significant others");
        assertThat(_find(Div.class, spec -> spec.withClasses("kring-card")))
                .extracting(card -> card.getElement().getAttribute("data-course"))
                .contains("naasten-betrekken", "naasten-familiegesprek", "craft").doesNotContain("met-kapotte-oefening");

        ComboBoxKt.selectByLabel(filter, "CRAFT");
        assertThat(_find(Div.class, spec -> spec.withClasses("kring-card")))
                .extracting(card -> card.getElement().getAttribute("data-course"))
                .contains("naasten-betrekken", "craft").doesNotContain("naasten-familiegesprek", "met-kapotte-oefening");
    }

    @Test
    void saysSoWhenNoCourseDevelopsTheCompetence() {
        signIn("admin", Locale.ENGLISH);
        // The courses that develop it: switched off for this test.
        List<String> genogramCourses = List.of("course-met-kapotte-oefening", "course-genogram");
        genogramCourses.forEach(lifecycle::disable);
        try {
            UI.getCurrent().navigate(CatalogView.class);
            @SuppressWarnings("unchecked")
            ComboBox<Object> filter = _get(ComboBox.class, spec -> spec.withId("competence-filter"));

            ComboBoxKt.selectByLabel(filter, "Systemic work with the genogram");

            assertThat(_find(Div.class, spec -> spec.withClasses("kring-card"))).isEmpty();
            assertThat(_get(Paragraph.class, spec -> spec.withText("No course develops this competence yet."))).isNotNull();
        } finally {
            genogramCourses.forEach(lifecycle::enable);
        }
    }
}
