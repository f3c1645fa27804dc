package nl.kring.coursekit.gift;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The quiz file the import writes: the block style of the hand-written quizzes, one language, notes as comments. */
class QuizYamlWriterTest {

    private static final QuizYamlWriter.Header HEADER = new QuizYamlWriter.Header("toets-import", "Toets \"week 1\"", "m1",
            "nl", "vragen.gift");

    @Test
    void writesEveryItemTypeInBlockStyleWithTheNotesAsComments() {
        GiftImport imported = new GiftImporter().read("""
                ::Kleur::Welke kleur?{=geel#Goed.~rood####Zie *les 1*.}

                Kies.{~%50%a ~%50%b ~%-100%c}

                ::Waar::Het klopt.{T}

                Noem het.{=steun =hulp}

                Koppel.{=a -> 1 =b -> 2}

                Hoeveel?{#3.141..3.142}

                ::Opstel::Schrijf.{}
                """);

        assertThat(QuizYamlWriter.write(HEADER, imported)).isEqualTo("""
                # Imported from vragen.gift (Moodle GIFT) with import-gift; every text is in 'nl' only.
                # Add the course's other languages and check the items marked 'import:'; lint <course> lists what is missing.
                # Not imported: line 13: skipped: essay questions are not supported: Kring grades every answer automatically (an activity can ask for a written answer)
                id: toets-import
                title:
                  nl: "Toets \\"week 1\\""
                module: m1
                items:

                  # GIFT line 1
                  - id: kleur
                    type: single-choice
                    text:
                      nl: "Welke kleur?"
                    options:
                      - id: a
                        text:
                          nl: "geel"
                        correct: true
                        feedback:
                          nl: "Goed."
                      - id: b
                        text:
                          nl: "rood"
                    explanation:
                      nl: "Zie \\\\*les 1\\\\*."

                  # GIFT line 3
                  # import: line 3: Moodle's answer weights ('a' 50%, 'b' 50%, 'c' -100%) become Kring's partial-credit rule for multiple-response: the options with a positive weight are right; each right option chosen adds 1/2, each wrong one chosen takes 1/2 off
                  - id: q2
                    type: multiple-response
                    text:
                      nl: "Kies."
                    options:
                      - id: a
                        text:
                          nl: "a"
                        correct: true
                      - id: b
                        text:
                          nl: "b"
                        correct: true
                      - id: c
                        text:
                          nl: "c"

                  # GIFT line 5
                  - id: waar
                    type: true-false
                    answer: true
                    text:
                      nl: "Het klopt."

                  # GIFT line 7
                  - id: q4
                    type: short-answer
                    text:
                      nl: "Noem het."
                    accept:
                      nl: ["steun", "hulp"]

                  # GIFT line 9
                  - id: q5
                    type: matching
                    text:
                      nl: "Koppel."
                    pairs:
                      - id: a
                        left:
                          nl: "a"
                        right:
                          nl: "1"
                      - id: b
                        left:
                          nl: "b"
                        right:
                          nl: "2"

                  # GIFT line 11
                  - id: q6
                    type: numeric
                    text:
                      nl: "Hoeveel?"
                    answer: 3.1415
                    tolerance: 0.0005
                """);
    }

    @Test
    void aQuizWithoutModuleSaysWhereToFillItIn() {
        String yaml = QuizYamlWriter.write(new QuizYamlWriter.Header("t", "T", "", "en", "x.gift"),
                new GiftImporter().read("Sure?{T}"));

        assertThat(yaml).contains("\nmodule: \"\"    # fill in a module id from course.yaml\n")
                .contains("\n      en: \"Sure?\"\n");
    }

    @Test
    void quotesEscapeWhatYamlWouldOtherwiseRead() {
        assertThat(QuizYamlWriter.quoted("Zeg \"ja\": C:\\map\n# geen commentaar\ttab"))
                .isEqualTo("\"Zeg \\\"ja\\\": C:\\\\map\\n# geen commentaar\\ttab\"");
        assertThat(QuizYamlWriter.quoted("bel\u0007")).isEqualTo("\"bel\\u0007\"");
        assertThat(QuizYamlWriter.number(new java.math.BigDecimal("1.500"))).isEqualTo("1.5");
        assertThat(QuizYamlWriter.number(new java.math.BigDecimal("1E+2"))).isEqualTo("100");
        assertThat(QuizYamlWriter.number(new java.math.BigDecimal("0.000"))).isEqualTo("0");
    }
}
