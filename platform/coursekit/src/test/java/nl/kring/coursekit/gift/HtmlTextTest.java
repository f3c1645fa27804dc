package nl.kring.coursekit.gift;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Moodle's editor HTML as Markdown (feedback) and as plain text (question and option texts). */
class HtmlTextTest {

    private static HtmlText.Converted markdown(String html) {
        return HtmlText.convert(html, false, HtmlText.Target.MARKDOWN);
    }

    private static HtmlText.Converted plain(String html) {
        return HtmlText.convert(html, false, HtmlText.Target.PLAIN);
    }

    @Test
    void paragraphsBreaksAndEmphasis() {
        HtmlText.Converted converted = markdown("<p dir=\"ltr\" style=\"text-align: left;\">Een <strong>sterk</strong>"
                + " en <em>schuin</em>\n   woord.<br />Nieuwe regel.</p>\n<p>Tweede alinea.</p>");

        assertThat(converted.text()).isEqualTo("Een **sterk** en *schuin* woord.\\\nNieuwe regel.\n\nTweede alinea.");
        assertThat(converted.lost()).isEmpty();
    }

    @Test
    void listsHeadingsAndLinks() {
        assertThat(markdown("<h3>Tips</h3><ul><li>Luister</li><li>Vraag <a href='https://kring.nl/x'>door</a></li></ul>"
                + "<p>Klaar.</p>").text())
                .isEqualTo("**Tips**\n\n- Luister\n- Vraag [door](https://kring.nl/x)\n\nKlaar.");
        assertThat(plain("Zie <a href=\"https://kring.nl/x\">de site</a>.").text()).isEqualTo("Zie de site (https://kring.nl/x).");
    }

    @Test
    void entitiesAreDecodedAndTextThatLooksLikeMarkdownOrHtmlStaysLiteral() {
        assertThat(markdown("&lt;b&gt; is vet &amp; 2*3*4 &#8364;5 &#x263A; &eacute;").text())
                .isEqualTo("\\<b> is vet & 2\\*3\\*4 €5 ☺ &eacute;");
        assertThat(markdown("<p># geen kop</p><p>- geen lijst</p><p>1. geen nummer</p>").text())
                .isEqualTo("\\# geen kop\n\n\\- geen lijst\n\n1\\. geen nummer");
        assertThat(plain("&lt;b&gt; en # blijven").text()).isEqualTo("<b> en # blijven");
    }

    @Test
    void whatHasNoEquivalentIsRemovedAndNamed() {
        HtmlText.Converted converted = markdown("Kijk<script>alert(1)</script> <img src=\"@@PLUGINFILE@@/kaart.png\">"
                + "<table><tr><td>a</td><td>b</td></tr></table><u>onder</u><!-- weg -->");

        assertThat(converted.text()).isEqualTo("Kijk\n\na b\n\nonder");
        assertThat(converted.lost()).containsExactly("<script>", "<u>", "image 'kaart.png'", "table layout");
        assertThat(plain("<b>vet</b> en <i>schuin</i>").lost()).containsExactly("bold", "italic");
    }

    @Test
    void moodleAutoFormatKeepsNewLinesAsBreaks() {
        assertThat(HtmlText.convert("regel een\nregel twee\n\nalinea", true, HtmlText.Target.MARKDOWN).text())
                .isEqualTo("regel een\\\nregel twee\n\nalinea");
        assertThat(HtmlText.convert("regel een\nregel twee", true, HtmlText.Target.PLAIN).text())
                .isEqualTo("regel een\nregel twee");
    }
}
