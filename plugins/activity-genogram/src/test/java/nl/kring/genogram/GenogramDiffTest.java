package nl.kring.genogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import nl.kring.genogram.GenogramDiff.Comparison;
import nl.kring.genogram.GenogramDiff.Finding;
import nl.kring.genogram.GenogramDiff.Kind;
import org.junit.jupiter.api.Test;

/** Comparing a learner's genogram with the model answer: findings and score, on hand-made cases. */
class GenogramDiffTest {

    private static final String MODEL = Fixtures.read("ernst-laura.genogram");

    private static Comparison compare(String model, String learner, String language) {
        return GenogramDiff.compare(model, learner, language);
    }

    private static List<String> messages(Comparison c) {
        return c.findings().stream().map(Finding::message).toList();
    }

    @Test
    void theSameGenogramWithOtherIdsAndSpacingScoresOne() {
        String learner = MODEL.replace("ernst ", "e ").replace(" ernst", " e").replace("laura", "l")
                .replace("\"Henk\"", "\"henk\"");
        Comparison c = compare(MODEL, learner, "en");
        assertThat(c.findings()).isEmpty();
        assertThat(c.score()).isEqualTo(1.0);
        assertThat(c.right()).isEqualTo(c.total()).isGreaterThan(30);
    }

    @Test
    void theFindingsTheExerciseIsAbout() {
        String learner = MODEL.replace("died 1995", "").replace("relation ernst henk cut-off",
                "relation ernst henk distant").replace("ernst laura: tim,", "ernst laura:")
                .replace("household ernst laura tim", "household ernst laura");
        Comparison c = compare(MODEL, learner, "en");
        assertThat(messages(c)).containsExactly(
                "the death of Henk (father of Ernst) is missing",
                "Tim is missing among the children of Ernst and Laura",
                "the relationship between Ernst and Henk should be cut-off, not distant",
                "Tim is missing from the household of Ernst and Laura");
        assertThat(c.findings()).extracting(Finding::kind)
                .containsExactly(Kind.MISSING, Kind.MISSING, Kind.WRONG, Kind.MISSING);
        assertThat(c.total() - c.right()).isEqualTo(4);
    }

    @Test
    void theScoreIsTheShareOfElementsRightCountingExtras() {
        String model = """
                person a male "Anton" born 1950 died 2000 index substance
                person b female "Bea"
                person c male "Cas" born 1980
                couple a b married
                children a b: c
                relation a c conflict
                household b c
                """;
        String learner = """
                person x1 male "anton" born 1950 index substance
                person b female "Bea"
                person c male "Cas" born 1981
                person d female "Dora"
                couple x1 b divorced
                children x1 b: c
                relation x1 c distant
                household b c d
                """;
        Comparison c = compare(model, learner, "en");
        // model: Anton 6 (there, sex, born, death, index, substance), Bea 2, Cas 3, couple 1, child 1, relation 1,
        // household 2 = 16; right: 5 + 2 + 2 + 0 + 1 + 0 + 2 = 12; extras: Dora, Dora in the household = 2
        assertThat(c.right()).isEqualTo(12);
        assertThat(c.total()).isEqualTo(18);
        assertThat(c.score()).isCloseTo(12.0 / 18, within(1e-9));
        assertThat(messages(c)).containsExactly(
                "the death of Anton is missing",
                "Cas was born in 1980, not 1981",
                "Anton and Bea should be married, not divorced",
                "the relationship between Anton and Cas should be conflict, not distant",
                "Dora is not in the model answer",
                "Dora does not live in the household of Bea and Cas");
    }

    @Test
    void aMissingPersonIsOneFindingButAllTheirElementsCount() {
        String model = "person a male \"A\" index\nperson b female \"B\" born 1950 died 1990 mental";
        Comparison c = compare(model, "person a male \"A\" index", "en");
        assertThat(messages(c)).containsExactly("B is missing");
        assertThat(c.total()).isEqualTo(3 + 5);
        assertThat(c.right()).isEqualTo(3);
    }

    @Test
    void childrenUnderOtherParentsTwinsOrderAndAdoption() {
        String learner = MODEL.replace("children ernst laura: tim, (sanne, lotte) twins, bas adopted",
                "children ernst laura: sanne, tim, lotte, bas\nchildren henk: laura");
        Comparison c = compare(MODEL, learner, "en");
        assertThat(messages(c)).contains(
                "Bas should be adopted, not a biological child",
                "Sanne and Lotte should be twins",
                "the children of Ernst and Laura are not in birth order (oldest first: Tim, Sanne, Lotte and Bas)",
                "Laura is not a child of Henk in the model answer");
        String otherParents = MODEL.replace("ernst laura: tim,", "ernst laura:") + "\nchildren laura: tim\n";
        assertThat(messages(compare(MODEL, otherParents, "en")))
                .contains("Tim should be a child of Ernst and Laura, not of Laura");
    }

    @Test
    void twinsInEitherOrderAreInBirthOrder() {
        String learner = MODEL.replace("(sanne, lotte) twins", "(lotte, sanne) twins");
        assertThat(compare(MODEL, learner, "en").findings()).isEmpty();
    }

    @Test
    void extraDeathsMarkersCouplesRelationsAndIndex() {
        String learner = MODEL.replace("born 1968  index", "born 1968").replace("person laura  female \"Laura\"  born 1970",
                        "person laura  female \"Laura\"  born 1970 died 2020 mental index")
                .replace("relation laura gerda close", "relation laura gerda close\nrelation tim bas conflict")
                + "couple marja tim cohabiting\n";
        Comparison c = compare(MODEL, learner, "en");
        assertThat(messages(c)).containsExactly(
                "Ernst should be marked as the client (index)",
                "Laura has not died",
                "Laura is not the client",
                "Laura: mental illness is not in the model answer",
                "Marja and Tim are not a couple in the model answer",
                "the relationship between Tim and Bas is not in the model answer");
        assertThat(c.findings()).extracting(Finding::kind).containsExactly(Kind.MISSING, Kind.EXTRA, Kind.EXTRA,
                Kind.EXTRA, Kind.EXTRA, Kind.EXTRA);
    }

    @Test
    void theDirectionOfAbuseCounts() {
        String model = "person a male \"A\" index\nperson b female \"B\"\nrelation a b abuse";
        assertThat(messages(compare(model, model.replace("relation a b", "relation b a"), "en")))
                .containsExactly("the abuse goes from A to B, not the other way round");
    }

    @Test
    void peopleAreMatchedByIdWhenTheNamesAgreeOtherwiseByName() {
        String model = "person p1 female \"Anna\" index\nperson p2 male \"Bert\"\ncouple p1 p2 married";
        String learner = "person p1 male \"Bert\"\nperson p2 female \"anna \" index\ncouple p2 p1 married";
        assertThat(compare(model, learner, "en").findings()).isEmpty();
        String unnamed = "person p1 female index\nperson p2 male\ncouple p1 p2 married";
        assertThat(compare(model, unnamed, "en").findings()).isEmpty();
    }

    @Test
    void findingsInDutch() {
        String learner = MODEL.replace("died 1995", "").replace("relation ernst henk cut-off",
                "relation ernst henk distant").replace("ernst laura: tim,", "ernst laura:");
        assertThat(messages(compare(MODEL, learner, "nl"))).contains(
                "het overlijden van Henk (vader van Ernst) ontbreekt",
                "Tim ontbreekt bij de kinderen van Ernst en Laura",
                "de relatie tussen Ernst en Henk hoort verbroken contact te zijn, niet afstandelijk");
    }

    @Test
    void twoEmptyGenogramsAgree() {
        Comparison c = compare("genogram", "genogram", "en");
        assertThat(c.score()).isEqualTo(1.0);
        assertThat(c.total()).isZero();
    }

    @Test
    void networkMaps() {
        String model = Fixtures.read("kees.network-map");
        String learner = model.replace("node jos male \"Jos (broer)\" family 2", "node jos male \"Jos (broer)\" friends 1")
                .replace("link ans conflict", "link ans stress").replace("link ggz support\n", "")
                + "node buur male \"Buurman\" friends 2\n";
        Comparison c = compare(model, learner, "en");
        assertThat(messages(c)).containsExactly(
                "Jos (broer) belongs in Family, not in Friends and neighbours",
                "Jos (broer) should be at distance 2, not 1",
                "the line between Kees and Ans (ex-vrouw) should be conflict, not stress",
                "the line between Kees and Verslavingszorg (support) is missing",
                "Buurman is not in the model answer");
        // 8 nodes x 3 + 7 links = 31 elements, 4 wrong, 1 extra
        assertThat(c.total()).isEqualTo(32);
        assertThat(c.right()).isEqualTo(27);
    }

    @Test
    void aMixedTieHasTwoLinesAndEachIsCheckedOnItsOwn() {
        String model = """
                map sanne female "Sanne"
                node kevin male "Kevin" family 1
                node moeder female "Moeder" family 1
                link kevin support
                link kevin stress
                link moeder support
                """;
        String onlySupport = model.replace("link kevin stress\n", "");
        assertThat(messages(compare(model, onlySupport, "en")))
                .containsExactly("the line between Sanne and Kevin (stress) is missing");
        String conflictInstead = model.replace("link kevin stress", "link kevin conflict");
        assertThat(messages(compare(model, conflictInstead, "en")))
                .containsExactly("the line between Sanne and Kevin should be stress, not conflict");
        String extra = model + "link moeder stress\n";
        Comparison c = compare(model, extra, "en");
        assertThat(messages(c)).containsExactly("the line between Sanne and Moeder (stress) is not in the model answer");
        assertThat(compare(model, model, "en").score()).isEqualTo(1.0);
        assertThat(Genograms.render(model, "en").text()).contains("support and stress");
    }
}
