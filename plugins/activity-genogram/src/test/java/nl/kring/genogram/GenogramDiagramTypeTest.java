package nl.kring.genogram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GenogramDiagramTypeTest {

    @Test
    void aDrawingIsNamedAfterItsTitleOrItsClientForAltTextsAndFileNames() {
        GenogramDiagramType genograms = new GenogramDiagramType();
        assertThat(genograms.render("person joost male \"Joost\" index", "nl").title()).isEqualTo("Genogram van Joost");
        assertThat(genograms.render("title \"Het gezin\"\nperson joost male \"Joost\" index", "en").title()).isEqualTo("Het gezin");
        assertThat(genograms.render("person joost male \"Joost\"", "en").title()).isEqualTo("Genogram");
        assertThat(new NetworkMapDiagramType().render("map sanne female \"Sanne\"", "en").title()).isEqualTo("Network map of Sanne");
    }
}
