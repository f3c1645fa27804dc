package nl.kring.catalog;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import nl.kring.plugin.InstallPlan;
import nl.kring.plugin.PluginLifecycle;
import nl.kring.support.KaribuSpringTest;
import nl.kring.support.TestJars;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * A lesson's code block in a language a plugin draws (the test plugin's {@code boxes}) becomes a picture with its
 * description; the picture is served as SVG under a no-script policy; other code blocks stay code; the plugin's
 * checks run at installation with the lesson's own lines.
 */
class DiagramIT extends KaribuSpringTest {

    @Autowired
    DiagramController diagrams;

    @Autowired
    PluginLifecycle lifecycle;

    @Test
    void aDiagramBlockBecomesAPictureWithItsDescriptionAndCodeStaysCode() {
        signIn("daan", Locale.ENGLISH);
        UI.getCurrent().navigate("course/met-kapotte-oefening/lesson/les");

        String html = String.join("", _find(Html.class).stream().map(Html::getInnerHtml).toList());

        assertThat(html).contains("<figure class=\"kring-diagram\"><img src=\"diagram/met-kapotte-oefening/1.0.0/les/en/0.svg\"",
                "alt=\"Boxes: client, partner <b>&amp;\">", "<summary>Description of the picture</summary>", "There are 2 boxes.");
        assertThat(html).contains("<code>not a diagram").doesNotContain("<script").doesNotContain("</b>");
    }

    @Test
    void thePictureIsServedAsSvgThatMayNotRunScripts() {
        signIn("daan", Locale.ENGLISH);
        ResponseEntity<byte[]> svg = diagrams.diagram("met-kapotte-oefening", "1.0.0", "les", "en", 0);

        assertThat(svg.getStatusCode().value()).isEqualTo(200);
        assertThat(svg.getHeaders().getContentType()).hasToString("image/svg+xml");
        assertThat(svg.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'", "sandbox");
        assertThat(new String(svg.getBody(), StandardCharsets.UTF_8)).contains("<text x=\"15\" y=\"65\">partner &lt;b&gt;&amp;</text>");
        assertThat(diagrams.diagram("met-kapotte-oefening", "1.0.0", "les", "en", 1).getStatusCode().value())
                .as("the second block is code, not a diagram").isEqualTo(404);
        assertThat(diagrams.diagram("met-kapotte-oefening", "1.0.0", "les", "en", 7).getStatusCode().value()).isEqualTo(404);
        assertThat(diagrams.diagram("geen-cursus", "1.0.0", "les", "en", 0).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void theBundledLessonShowsAGenogramAndANetworkMapFromTheGenogramPlugin() {
        signIn("noor", Locale.forLanguageTag("nl"));
        UI.getCurrent().navigate("course/naasten-betrekken/lesson/wie-en-hoe");

        String html = String.join("", _find(Html.class).stream().map(Html::getInnerHtml).toList());

        assertThat(html).contains("diagram/naasten-betrekken/1.0.0/wie-en-hoe/nl/0.svg\" alt=\"Familie De Wit (verzonnen voorbeeld)\"",
                "diagram/naasten-betrekken/1.0.0/wie-en-hoe/nl/1.svg\" alt=\"Netwerkkaart van Sanne\"", "Daan");
        String genogram = new String(diagrams.diagram("naasten-betrekken", "1.0.0", "wie-en-hoe", "nl", 0).getBody(),
                StandardCharsets.UTF_8);
        assertThat(genogram).startsWith("<svg").contains("<title").contains("Opa Wim").doesNotContain("<script");
        assertThat(new String(diagrams.diagram("naasten-betrekken", "1.0.0", "wie-en-hoe", "nl", 1).getBody(),
                StandardCharsets.UTF_8)).contains("Kevin (vriend)");
    }

    @Test
    void theInstallCheckReportsTheDiagramsProblemsAtTheLessonsLines() {
        signIn("trainer", Locale.ENGLISH);
        byte[] jar = TestJars.course("1.7.0", folder -> {
            try {
                var lesson = folder.resolve("lessons/01-waarom-steun.en.md");
                Files.writeString(lesson, Files.readString(lesson) + "\n```boxes\nclient\nbad\n```\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        InstallPlan plan = lifecycle.prepare(jar, "boxes.jar");

        assertThat(plan.problems()).extracting(Object::toString).anySatisfy(problem -> assertThat(problem)
                .matches("lessons/01-waarom-steun\\.en\\.md:\\d+: 'bad' is not a box \\(write a label\\)"));
    }
}
