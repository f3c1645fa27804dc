package nl.kring.coursekit.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The sample bank {@code src/test/resources/gift/moodle-export.gift}, imported as a whole: questions in the form
 * Moodle's GIFT export writes them (moodle/moodle {@code question/format/gift/format.php}), covering the question kinds
 * of Moodle's own GIFT fixtures ({@code question/format/gift/tests/fixtures/questions.gift.txt},
 * {@code questions_in_category.gift.txt} and {@code question/format/gift/examples.txt}). Those files are GPL-licensed,
 * so the sample has texts of its own instead of a copy; the comment at its top says the same.
 */
class GiftSampleTest {

    static String sample() {
        try (InputStream in = GiftSampleTest.class.getResourceAsStream("/gift/moodle-export.gift")) {
            assertThat(in).as("gift/moodle-export.gift on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final GiftImport imported = new GiftImporter().read(sample());

    @Test
    void importsTwelveQuestionsAndSkipsTheEssayAndTheDescription() {
        assertThat(imported.summary()).isEqualTo("12 items imported, 2 skipped: line 69: essay questions are not supported:"
                + " Kring grades every answer automatically (an activity can ask for a written answer); line 72: descriptions"
                + " (text without answers in {…}) are not supported: put the text in a lesson or in the explanation of the"
                + " next item");
        assertThat(imported.items()).extracting(ImportedItem::id, ImportedItem::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("steun-tijdens-behandeling", "single-choice"),
                org.assertj.core.groups.Tuple.tuple("stressbronnen", "multiple-response"),
                org.assertj.core.groups.Tuple.tuple("twee-tempos", "true-false"),
                org.assertj.core.groups.Tuple.tuple("oorzaak", "true-false"),
                org.assertj.core.groups.Tuple.tuple("afronding-netwerkinterventie", "numeric"),
                org.assertj.core.groups.Tuple.tuple("bereik", "numeric"),
                org.assertj.core.groups.Tuple.tuple("rollen-koppelen", "matching"),
                org.assertj.core.groups.Tuple.tuple("naam-van-de-methode", "short-answer"),
                org.assertj.core.groups.Tuple.tuple("speciale-tekens", "single-choice"),
                org.assertj.core.groups.Tuple.tuple("q10", "single-choice"),
                org.assertj.core.groups.Tuple.tuple("doel", "short-answer"),
                org.assertj.core.groups.Tuple.tuple("minder-gebruik", "single-choice"));
    }

    @Test
    void reportsEveryApproximationWithItsLine() {
        assertThat(imported.notes()).filteredOn(n -> n.kind() != ImportNote.Kind.SKIPPED).extracting(ImportNote::toString)
                .containsExactly(
                        "line 11: ignored: category '$course$/top/Naasten betrekken': a Kring quiz has no categories",
                        "line 14: approximated: Kring shows question and option texts as plain text, so this was dropped"
                                + " from them: bold",
                        "line 22: approximated: Moodle's answer weights ('Geldproblemen' 50%, 'Schaamte en schuldgevoel' 50%,"
                                + " 'Te veel betrokken worden door de hulpve…' -100%, 'Jaloezie' -100%) become Kring's"
                                + " partial-credit rule for multiple-response: the options with a positive weight are right;"
                                + " each right option chosen adds 1/2, each wrong one chosen takes 1/2 off",
                        "line 30: approximated: the feedback for a wrong and for a right answer are now part of the"
                                + " explanation, which every learner sees after answering: check its wording",
                        "line 36: approximated: the feedback per answer ('Juist.', 'Bijna.', 'Kijk nog eens naar les 3.')"
                                + " is left out: a Kring numeric item has one explanation for every learner",
                        "line 37: approximated: a Kring numeric item has one answer: kept 51:1 (100%), left out 51:5 (50%)",
                        "line 46: approximated: Kring shows question and option texts as plain text, so this was dropped"
                                + " from them: image 'netwerkkaart.png'",
                        "line 50: approximated: the extra answer 'Neemt de zorg over' (nothing before '->') is left out:"
                                + " a Kring matching item has no extra answers",
                        "line 54: approximated: the feedback for right answers ('Juist.') is left out: a Kring short-answer"
                                + " item has one explanation for every learner",
                        "line 57: approximated: the answer 'stappenplan' gave 50% in Moodle and is left out: a Kring short"
                                + " answer is accepted or not",
                        "line 58: approximated: the answer '*' gave 0% in Moodle and is left out: a Kring short answer is"
                                + " accepted or not",
                        "line 78: approximated: Kring shows question and option texts as plain text, so this was dropped"
                                + " from them: bold");
    }

    @Test
    void htmlFeedbackAndEscapesComeOutAsKringText() {
        ImportedItem.Choice steun = (ImportedItem.Choice) imported.items().get(0);
        assertThat(steun.text()).isEqualTo("Wat laat onderzoek zien over steun uit het netwerk tijdens een behandeling?");
        assertThat(steun.options().get(0).feedback()).isEqualTo("Juist. Steun hangt samen met *minder gebruik*.");
        assertThat(steun.explanation()).isEqualTo("Steun speelt in elke fase een eigen rol.\\\nZie les 1.");

        ImportedItem.Choice tekens = (ImportedItem.Choice) imported.items().get(8);
        assertThat(tekens.text()).isEqualTo("Welke uitdrukking klopt? Let op: { en } zijn accolades.\nKies één antwoord.");
        assertThat(tekens.options()).extracting(ImportedItem.Option::text).containsExactly("2 + 2 = 5", "2 + 3 = 5", "2 ~ 3");
        assertThat(tekens.options().get(1).feedback()).isEqualTo("Juist: 2 + 3 = 5, en # is een hekje.");

        ImportedItem.ShortAnswer methode = (ImportedItem.ShortAnswer) imported.items().get(7);
        assertThat(methode.text()).isEqualTo("De methode met vijf stappen heet de ___ voor naasten.");
        assertThat(methode.accept()).containsExactly("5-stappenmethode", "vijfstappenmethode");
    }
}
