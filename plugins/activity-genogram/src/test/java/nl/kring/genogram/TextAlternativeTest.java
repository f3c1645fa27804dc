package nl.kring.genogram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text alternative: the family in words, generation by generation, in English and in Dutch. */
class TextAlternativeTest {

    @Test
    void theExampleInEnglish() {
        String text = Genograms.render(Fixtures.read("ernst-laura.genogram"), "en").text();

        assertThat(text).isEqualTo("""
                **Ernst en Laura**

                3 generations, 9 people. The client is Ernst.

                **Generation 1**

                - Henk (man, born 1940, died 1995, father of Ernst, substance misuse) was married to Gerda (woman,\
                 born 1942, mother of Ernst) in 1965.
                - Children of Henk and Gerda, oldest first: Ernst and Marja.

                **Generation 2**

                - Ernst (man, born 1968, the client, substance misuse) is married to Laura (woman, born 1970, partner\
                 of Ernst) since 1992.
                - Children of Ernst and Laura, oldest first: Tim; Sanne and Lotte (twins); Bas (adopted).
                - Marja (woman, born 1971, sister of Ernst).

                **Generation 3**

                - Tim (man, born 1993, son of Ernst).
                - Sanne (woman, born 1996, daughter of Ernst).
                - Lotte (woman, born 1996, daughter of Ernst).
                - Bas (man, born 2001, son of Ernst).

                **Emotional relationships**

                - Ernst and Henk: cut-off.
                - Laura and Gerda: close.

                **Households**

                - Ernst, Laura, Tim, Sanne, Lotte and Bas live together.
                """);
    }

    @Test
    void theExampleInDutch() {
        String text = Genograms.render(Fixtures.read("ernst-laura.genogram"), "nl").text();

        assertThat(text).contains("3 generaties, 9 personen. De cliënt is Ernst.", "**Generatie 2**",
                "- Ernst (man, geboren 1968, de cliënt, middelenmisbruik) is getrouwd met Laura (vrouw, geboren 1970,"
                        + " partner van Ernst) sinds 1992.",
                "- Henk (man, geboren 1940, overleden 1995, vader van Ernst, middelenmisbruik) was getrouwd met Gerda",
                "Kinderen van Ernst en Laura, van oud naar jong: Tim; Sanne en Lotte (tweeling); Bas (geadopteerd).",
                "- Ernst en Henk: verbroken contact.", "- Laura en Gerda: nauw verbonden.",
                "- Ernst, Laura, Tim, Sanne, Lotte en Bas wonen samen.");
    }

    @Test
    void kinshipMarkersCouplesAndChildrenOfEveryKind() {
        String text = Genograms.render(Fixtures.read("three-generations.genogram"), "en").text();

        assertThat(text).contains(
                "- Jan (man, born 1939, father-in-law of Ernst) is divorced from Rita (woman, born 1941) (married"
                        + " 1960, divorced 1963).",
                "- Jan was married to Wil (woman, born 1943, died 2015, mother-in-law of Ernst) in 1964.",
                "Gerda (woman, born 1942, mother of Ernst, mental illness)",
                "Piet (man, born 1973, brother of Ernst, in recovery) is divorced from Anja",
                "Piet lives with Sofie (woman, born 1980, sister-in-law of Ernst) since 2007.",
                "Children of Piet and Sofie, oldest first: Finn and Noa (foster child).",
                "Children of Ernst and Laura, oldest first: Tim; Sanne and Lotte (identical twins); Bas (adopted).",
                "Noa (other gender, born 2012, nephew or niece of Ernst)",
                "Rob (man, born 1966, brother-in-law of Ernst)",
                "Kees (man, born 1967, brother-in-law of Ernst)",
                "Daan (man, born 1995, nephew of Ernst)",
                "Henk abuses Gerda.", "Piet and Anja: close but hostile.",
                "Tim and Noor live together.");
        assertThat(text.indexOf("**Generation 1**")).isLessThan(text.indexOf("**Generation 2**"));
        assertThat(text.indexOf("**Generation 2**")).isLessThan(text.indexOf("- Ernst ("));
        assertThat(text.indexOf("- Ernst (")).isLessThan(text.indexOf("**Generation 3**"));
    }

    @Test
    void everyPersonIsDescribedOnce() {
        String text = Genograms.render(Fixtures.read("three-generations.genogram"), "en").text();
        Genogram g = Genograms.parse(Fixtures.read("three-generations.genogram")).genogram().orElseThrow();
        for (Genogram.Person p : g.people()) {
            String described = p.label() + " (" + new Words[] {Words.of("en")}[0].sex(p.sex());
            assertThat(text.split(java.util.regex.Pattern.quote(described), -1)).as(p.id()).hasSize(2);
        }
    }

    @Test
    void singleParentsAndParentsWithoutACoupleLine() {
        String text = Genograms.render("""
                person ma female "Mia" index
                person pa male "Pim"
                person kid male "Kai"
                person other female "Ola"
                children ma pa: kid
                children other: ma
                """, "en").text();
        assertThat(text).contains("- Ola (woman, mother of Mia).", "- Children of Ola, oldest first: Mia.",
                "- Mia (woman, the client) has children with Pim (man) (their relationship is not given).",
                "- Children of Mia and Pim, oldest first: Kai.");
    }

    @Test
    void aGenogramWithoutIndexSaysSo() {
        assertThat(Genograms.render("person a male \"A\"", "en").text()).contains("No client is marked.")
                .startsWith("**Genogram**");
        assertThat(Genograms.render("person a male \"A\"", "nl").text()).contains("Er is geen cliënt aangeduid.");
    }
}
