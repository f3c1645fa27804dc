package nl.kring.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiagramDownloadsTest {

    @Test
    void aFileIsNamedAfterTheDiagramsTitle() {
        assertThat(DiagramDownloads.fileName("Genogram van Ernst")).isEqualTo("genogram-van-ernst");
        assertThat(DiagramDownloads.fileName("  Netwerk van Zoë & Één (2024)! ")).isEqualTo("netwerk-van-zoe-een-2024");
    }

    @Test
    void aTitleWithoutLettersOrDigitsGivesDiagram() {
        assertThat(DiagramDownloads.fileName("")).isEqualTo("diagram");
        assertThat(DiagramDownloads.fileName(null)).isEqualTo("diagram");
        assertThat(DiagramDownloads.fileName("***")).isEqualTo("diagram");
    }

    @Test
    void aLongTitleIsShortenedWithoutATrailingDash() {
        String name = DiagramDownloads.fileName("Genogram van " + "de familie ".repeat(20));

        assertThat(name).hasSizeLessThanOrEqualTo(60).startsWith("genogram-van-de-familie-").doesNotEndWith("-");
    }
}
