package nl.kring.learning;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import nl.kring.support.KaribuSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LessonViewIT extends KaribuSpringTest {

    private static final String COURSE = "naasten-betrekken";

    @Autowired
    LearningService learning;

    @Test
    void readsALessonAndMarksItDoneAndUndone() {
        signIn("trainer", Locale.forLanguageTag("nl"));
        UI.getCurrent().navigate("course/" + COURSE + "/lesson/wat-naasten-doormaken");

        assertThat(_get(H1.class, spec -> spec.withId("lesson-title")).getText()).isEqualTo("Wat naasten zelf doormaken");
        String html = _get(Article.class, spec -> spec.withId("lesson-body")).getElement().getChild(0).getOuterHTML();
        assertThat(html).contains("<table").contains("adm-block").contains("footnote");
        Button done = _get(Button.class, spec -> spec.withId("mark-done"));
        assertThat(done.getText()).isEqualTo("Markeer als gedaan");

        _click(done);

        assertThat(done.getText()).isEqualTo("Gedaan");
        assertThat(learning.progress(COURSE, Locale.ENGLISH).isDone("wat-naasten-doormaken")).isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("lesson-progress-label")).getText()).startsWith("1 van 4");

        _click(done);

        assertThat(done.getText()).isEqualTo("Markeer als gedaan");
        assertThat(learning.progress(COURSE, Locale.ENGLISH).isDone("wat-naasten-doormaken")).isFalse();
    }

    @Test
    void nextGoesToTheFollowingLessonInCourseOrder() {
        signIn("trainer", Locale.ENGLISH);
        UI.getCurrent().navigate("course/" + COURSE + "/lesson/waarom-steun");

        _click(_get(Button.class, spec -> spec.withId("next-lesson")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("course/" + COURSE + "/lesson/wat-naasten-doormaken");
        assertThat(_get(Button.class, spec -> spec.withId("previous-lesson")).isEnabled()).isTrue();
    }

    @Test
    void anUnknownLessonShowsAFriendlyMessage() {
        signIn("trainer", Locale.ENGLISH);
        UI.getCurrent().navigate("course/" + COURSE + "/lesson/does-not-exist");

        com.vaadin.flow.component.html.Div message = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("not-found"));
        assertThat(_get(message, com.vaadin.flow.component.html.H2.class, spec -> { }).getText()).isEqualTo("Lesson not found");
    }
}
