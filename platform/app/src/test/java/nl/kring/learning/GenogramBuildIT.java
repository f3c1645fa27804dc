package nl.kring.learning;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import nl.kring.support.Download;
import nl.kring.support.KaribuSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The bundled genogram build exercise: write with a live preview and problems, check, read the findings, download. */
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

    @Test
    void theCheckedGenogramCanBeDownloadedAsSvgAndPng() throws IOException {
        signIn("daan", Locale.forLanguageTag("nl"));
        UI.getCurrent().navigate("course/naasten-betrekken/activity/genogram-bouwen");
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
}
