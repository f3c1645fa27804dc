package nl.kring.coursekit.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Each GIFT question kind Moodle documents, and what Kring makes of it; notes are asserted with their GIFT line. */
class GiftImporterTest {

    private final GiftImporter importer = new GiftImporter();

    private GiftImport read(String gift) {
        return importer.read(gift);
    }

    private <T extends ImportedItem> T only(String gift, Class<T> type) {
        GiftImport imported = read(gift);
        assertThat(imported.items()).as("items of%n%s%nnotes: %s", gift, imported.notes()).singleElement().isInstanceOf(type);
        return type.cast(imported.items().get(0));
    }

    private static List<String> notes(GiftImport imported) {
        return imported.notes().stream().map(ImportNote::toString).toList();
    }

    @Test
    void multipleChoiceWithOneRightAnswerIsSingleChoiceWithFeedbackPerOption() {
        ImportedItem.Choice choice = only("""
                ::Q2:: What's between orange and green in the spectrum?
                {
                    =yellow # right; good!
                    ~red # wrong, it's yellow
                    ~blue
                }
                """, ImportedItem.Choice.class);

        assertThat(choice.type()).isEqualTo("single-choice");
        assertThat(choice.text()).isEqualTo("What's between orange and green in the spectrum?");
        assertThat(choice.options()).containsExactly(
                new ImportedItem.Option("a", "yellow", true, "right; good!"),
                new ImportedItem.Option("b", "red", false, "wrong, it's yellow"),
                new ImportedItem.Option("c", "blue", false, ""));
    }

    @Test
    void missingWordQuestionsGetABlankWhereTheBracesWere() {
        assertThat(only("Grant is {~buried =entombed ~living} in Grant's tomb.", ImportedItem.Choice.class).text())
                .isEqualTo("Grant is ___ in Grant's tomb.");
        assertThat(only("Two plus two equals {=four =4}.", ImportedItem.ShortAnswer.class).text())
                .isEqualTo("Two plus two equals ___.");
        assertThat(only("The holiday is on the {\n~second\n=fourth\n} Thursday of November.", ImportedItem.Choice.class).text())
                .isEqualTo("The holiday is on the ___ Thursday of November.");
    }

    @Test
    void weightedAnswersBecomeMultipleResponseWithTheRightOptionsThoseOfPositiveWeight() {
        GiftImport imported = read("""
                // multiple response
                ::colours:: What's between orange and green in the spectrum?
                {
                    ~%50%yellow # right; good!
                    ~%-100%red # wrong
                    ~%50%off-beige
                    ~%-100%blue
                }
                """);

        ImportedItem.Choice choice = (ImportedItem.Choice) imported.items().get(0);
        assertThat(choice.type()).isEqualTo("multiple-response");
        assertThat(choice.options()).extracting(ImportedItem.Option::correct).containsExactly(true, false, true, false);
        assertThat(notes(imported)).containsExactly("line 2: approximated: Moodle's answer weights ('yellow' 50%, 'red' -100%,"
                + " 'off-beige' 50%, 'blue' -100%) become Kring's partial-credit rule for multiple-response: the options with"
                + " a positive weight are right; each right option chosen adds 1/2, each wrong one chosen takes 1/2 off");
    }

    @Test
    void partialCreditInASingleChoiceQuestionIsReportedAndCountsAsWrong() {
        GiftImport imported = read("""
                ::Jesus' hometown::Jesus Christ was from {
                    ~Jerusalem#This was an important city, but the wrong answer.
                    ~%25%Bethlehem#He was born here, but not raised here.
                    ~%50%Galilee#You need to be more specific.
                    =Nazareth#Yes! That's right!}.
                """);

        ImportedItem.Choice choice = (ImportedItem.Choice) imported.items().get(0);
        assertThat(choice.type()).isEqualTo("single-choice");
        assertThat(choice.options()).filteredOn(ImportedItem.Option::correct).extracting(ImportedItem.Option::text)
                .containsExactly("Nazareth");
        assertThat(notes(imported)).containsExactly("line 1: approximated: Moodle gave partial credit or a penalty for"
                + " 'Bethlehem' 25%, 'Galilee' 50%; a single-choice item is right or wrong, so they count as wrong");
    }

    @Test
    void aSecondFullyRightAnswerInASingleChoiceQuestionIsReported() {
        GiftImport imported = read("Which are even?{=two =four ~three}");

        ImportedItem.Choice choice = (ImportedItem.Choice) imported.items().get(0);
        assertThat(choice.options()).extracting(ImportedItem.Option::correct).containsExactly(true, false, false);
        assertThat(notes(imported)).containsExactly("line 1: approximated: 'four' 100% also gave full marks in Moodle;"
                + " a single-choice item has one right option, so only 'two' is marked correct: check this item");
    }

    @Test
    void trueFalseInAllFourSpellings() {
        assertThat(only("The sun rises in the east.{T}", ImportedItem.TrueFalse.class).answer()).isTrue();
        assertThat(only("The sun rises in the east.{TRUE}", ImportedItem.TrueFalse.class).answer()).isTrue();
        assertThat(only("Grant is buried in Grant's tomb.{F}", ImportedItem.TrueFalse.class).answer()).isFalse();
        ImportedItem.TrueFalse item = only("Grant is buried in Grant's tomb.{FALSE}", ImportedItem.TrueFalse.class);
        assertThat(item.answer()).isFalse();
        assertThat(item.text()).isEqualTo("Grant is buried in Grant's tomb.");
        assertThat(item.explanation()).isEmpty();
    }

    @Test
    void trueFalseFeedbackForWrongAndRightAnswersGoesIntoTheExplanationBeforeTheGeneralFeedback() {
        GiftImport imported = read("""
                // true/false, with general feedback
                ::Q1:: 42 is the Absolute Answer to everything.{
                FALSE#42 is the Ultimate Answer.#You gave the right answer.
                ####This is, of course, a Hitchhiker's Guide to the Galaxy reference.}
                """);

        ImportedItem.TrueFalse item = (ImportedItem.TrueFalse) imported.items().get(0);
        assertThat(item.answer()).isFalse();
        assertThat(item.explanation()).isEqualTo("42 is the Ultimate Answer.\n\nYou gave the right answer.\n\n"
                + "This is, of course, a Hitchhiker's Guide to the Galaxy reference.");
        assertThat(notes(imported)).containsExactly("line 3: approximated: the feedback for a wrong and for a right answer"
                + " are now part of the explanation, which every learner sees after answering: check its wording");
    }

    @Test
    void shortAnswerAcceptsTheFullyRightAnswersAndReportsTheOthers() {
        GiftImport imported = read("""
                ::Shortanswer::Which is the best animal?{
                    =Frog#Good!
                    =%100%Toad
                    =%50%Cat#What is it with Moodlers and cats?
                    =%0%*#Completely wrong
                }
                """);

        ImportedItem.ShortAnswer item = (ImportedItem.ShortAnswer) imported.items().get(0);
        assertThat(item.id()).isEqualTo("shortanswer");
        assertThat(item.accept()).containsExactly("Frog", "Toad");
        assertThat(notes(imported)).containsExactly(
                "line 1: approximated: the feedback for right answers ('Good!') is left out: a Kring short-answer item"
                        + " has one explanation for every learner",
                "line 4: approximated: the answer 'Cat' gave 50% in Moodle and is left out: a Kring short answer is"
                        + " accepted or not",
                "line 5: approximated: the answer '*' gave 0% in Moodle and is left out: a Kring short answer is"
                        + " accepted or not");
    }

    @Test
    void shortAnswerWithoutMarkersAndWithAWildcard() {
        assertThat(only("1 + 2 \\= {3}", ImportedItem.ShortAnswer.class).accept()).containsExactly("3");
        GiftImport imported = read("Name a frog.{=Fro*}");
        assertThat(imported.items()).isEmpty();
        assertThat(notes(imported)).containsExactly(
                "line 1: approximated: the answer 'Fro*' uses Moodle's * wildcard, which Kring does not have, and is left out",
                "line 1: skipped: no answer is fully right, so there is nothing to accept");
    }

    @Test
    void matchingBecomesPairsAndLeavesOutExtraAnswers() {
        GiftImport imported = read("""
                Match the following countries with their corresponding capitals. {
                    =Canada -> Ottawa
                    =Italy  -> Rome
                    =Japan->Tokyo
                    = -> Paris
                    }
                """);

        ImportedItem.Matching item = (ImportedItem.Matching) imported.items().get(0);
        assertThat(item.pairs()).containsExactly(new ImportedItem.Pair("a", "Canada", "Ottawa"),
                new ImportedItem.Pair("b", "Italy", "Rome"), new ImportedItem.Pair("c", "Japan", "Tokyo"));
        assertThat(notes(imported)).containsExactly("line 5: approximated: the extra answer 'Paris' (nothing before '->')"
                + " is left out: a Kring matching item has no extra answers");
    }

    @Test
    void numericAnswerWithToleranceRangeOrExactValue() {
        ImportedItem.Numeric tolerance = only("When was Ulysses S. Grant born?{#1822:5}", ImportedItem.Numeric.class);
        assertThat(tolerance.answer()).isEqualByComparingTo("1822");
        assertThat(tolerance.tolerance()).isEqualByComparingTo("5");

        ImportedItem.Numeric range = only("::Q6:: What is a number from 1 to 5? {#1..5}", ImportedItem.Numeric.class);
        assertThat(range.answer()).isEqualByComparingTo("3");
        assertThat(range.tolerance()).isEqualByComparingTo("2");

        ImportedItem.Numeric pi = only("What is the value of pi (to 3 decimal places)? {#3.141..3.142}.",
                ImportedItem.Numeric.class);
        assertThat(pi.answer()).isEqualByComparingTo("3.1415");
        assertThat(pi.tolerance()).isEqualByComparingTo("0.0005");
        assertThat(pi.text()).isEqualTo("What is the value of pi (to 3 decimal places)? ___.");

        ImportedItem.Numeric exact = only("What's 2 plus 2? {#4}", ImportedItem.Numeric.class);
        assertThat(exact.answer()).isEqualByComparingTo("4");
        assertThat(exact.tolerance()).isEqualTo(BigDecimal.ZERO);

        assertThat(only("How cold? {#-5..-1}", ImportedItem.Numeric.class).answer()).isEqualByComparingTo("-3");
    }

    @Test
    void ofSeveralNumericAnswersTheFullyRightOneIsKeptAndTheOthersReported() {
        GiftImport imported = read("""
                //this comment will be ignored by the filter
                ::Numerical example::
                When was Ulysses S. Grant born? {#
                     =%50%1822:2  #He was born in 1822.
                     =1822:0      #Correct! 100% credit
                     ~#Look it up.
                }
                """);

        ImportedItem.Numeric item = (ImportedItem.Numeric) imported.items().get(0);
        assertThat(item.answer()).isEqualByComparingTo("1822");
        assertThat(item.tolerance()).isEqualByComparingTo("0");
        assertThat(notes(imported)).containsExactly(
                "line 2: approximated: the feedback per answer ('He was born in 1822.', 'Correct! 100% credit',"
                        + " 'Look it up.') is left out: a Kring numeric item has one explanation for every learner",
                "line 5: approximated: a Kring numeric item has one answer: kept 1822:0 (100%), left out 1822:2 (50%)");
    }

    @Test
    void aNumericAnswerThatIsNotANumberSkipsTheQuestionNamingTheLine() {
        GiftImport imported = read("\n\nHow much?{#\n=3,5:0.1\n}");

        assertThat(imported.items()).isEmpty();
        assertThat(notes(imported)).containsExactly(
                "line 4: skipped: '3,5:0.1' is not a number (write 3.5, 3.5:0.1 or 3..4)");
    }

    @Test
    void escapedControlCharactersAreText() {
        ImportedItem.Choice choice = only("""
                ::GIFT Control Characters::
                Which of the following is NOT a control character\\: {
                   ~ \\~     # \\~ is a control character.
                   ~ \\=     # \\= is a control character.
                   ~ \\#     # \\# is a control character.
                   ~ \\{     # \\{ is a control character.
                   ~ \\}     # \\} is a control character.
                   = \\\\     # Correct! \\\\ (backslash) is not a control character.
                }
                """, ImportedItem.Choice.class);

        assertThat(choice.text()).isEqualTo("Which of the following is NOT a control character:");
        assertThat(choice.options()).extracting(ImportedItem.Option::text).containsExactly("~", "=", "#", "{", "}", "\\");
        assertThat(choice.options()).extracting(ImportedItem.Option::feedback).containsExactly(
                "~ is a control character.", "= is a control character.", "\\# is a control character.",
                "{ is a control character.", "} is a control character.",
                "Correct! \\ (backslash) is not a control character.");
        assertThat(choice.options().get(5).correct()).isTrue();
    }

    @Test
    void backslashNIsALineBreakWhileANewLineInTheFileOnlyWrapsTheText() {
        ImportedItem.Choice choice = only("""
                First line\\nsecond line, wrapped
                in the file.{=yes ~no#A line\\nbreak.}""", ImportedItem.Choice.class);

        assertThat(choice.text()).isEqualTo("First line\nsecond line, wrapped in the file.");
        assertThat(choice.options().get(1).feedback()).isEqualTo("A line\\\nbreak.");
    }

    @Test
    void generalFeedbackBecomesTheExplanation() {
        ImportedItem.ShortAnswer item = only("""
                How are you?{=fine
                ####[html]<p>We hope you're <b>well</b>.</p><p>See <a href="https://example.org/tips">the tips</a>.</p>
                }""", ImportedItem.ShortAnswer.class);

        assertThat(item.explanation()).isEqualTo("We hope you're **well**.\n\nSee [the tips](https://example.org/tips).");
    }

    @Test
    void htmlBecomesPlainTextInQuestionsAndMarkdownInFeedbackAndWhatIsLostIsReported() {
        GiftImport imported = read("""
                ::Greeting::[html]<p dir\\="ltr">Listen to <i>this</i> greeting\\:&nbsp;<img src\\="@@PLUGINFILE@@/hallo.png"></p><p>Which language?</p>{
                	~English#<b>Sorry</b>, listen again.<br>Try once more.
                	=French#Yes &amp; well done! <u>Really</u>.
                }
                """);

        ImportedItem.Choice choice = (ImportedItem.Choice) imported.items().get(0);
        assertThat(choice.text()).isEqualTo("Listen to this greeting:\n\nWhich language?");
        assertThat(choice.options()).extracting(ImportedItem.Option::feedback)
                .containsExactly("**Sorry**, listen again.\\\nTry once more.", "Yes & well done! Really.");
        assertThat(notes(imported)).containsExactly(
                "line 1: approximated: Kring shows question and option texts as plain text, so this was dropped from them:"
                        + " image 'hallo.png', italic",
                "line 1: approximated: no Markdown equivalent, removed from feedback: <u>");
    }

    @Test
    void eachTextFormatIsReadAsItSays() {
        ImportedItem.Choice choice = only("""
                [markdown]Who's buried in **Grant's tomb**?{
                =[plain]no one # [plain]* 2 < 3
                ~[html]<b>Grant</b> # [markdown]**Not** him.
                ~[moodle]Grant's wife # [moodle]line\\nbreak
                }""", ImportedItem.Choice.class);

        assertThat(choice.text()).isEqualTo("Who's buried in Grant's tomb?");
        assertThat(choice.options()).extracting(ImportedItem.Option::text).containsExactly("no one", "Grant", "Grant's wife");
        assertThat(choice.options()).extracting(ImportedItem.Option::feedback)
                .containsExactly("\\* 2 < 3", "**Not** him.", "line\\\nbreak");
    }

    @Test
    void commentsAreIgnoredAndCategoriesReported() {
        GiftImport imported = read("""
                // question: 0  name: switch category to $course$/Default for New Features
                $CATEGORY: $course$/Default for New Features

                // a comment
                What's 2 plus 2? {
                // a comment inside the question
                #4}
                """);

        assertThat(imported.items()).singleElement().isInstanceOf(ImportedItem.Numeric.class);
        assertThat(notes(imported)).containsExactly(
                "line 2: ignored: category '$course$/Default for New Features': a Kring quiz has no categories");
    }

    @Test
    void titlesBecomeItemIdsAndQuestionsWithoutATitleAreNumbered() {
        GiftImport imported = read("""
                ::Jesus' hometown (Short answer ex.):: Jesus Christ was from {=Nazareth}.

                Who's buried in Grant's tomb?{=no one =nobody}

                ::2-08 TSL::TSL is blablabla.{T}

                ::2-08 TSL::TSL is blablabla.{TRUE}

                ::???::A question without letters in its title.{T}

                ::Cliënt én naaste::Wie telt mee?{=allebei}
                """);

        assertThat(imported.items()).extracting(ImportedItem::id).containsExactly("jesus-hometown-short-answer-ex", "q2",
                "2-08-tsl", "2-08-tsl-2", "q5", "client-en-naaste");
        assertThat(notes(imported)).containsExactly(
                "line 7: approximated: the title '2-08 TSL' is used before, so the item id is 2-08-tsl-2");
    }

    @Test
    void whatKringCannotGradeIsSkippedWithItsLine() {
        GiftImport imported = read("""
                // essay
                ::Q8:: How are you? {}

                ::Intro::This text only introduces the next questions.

                A question whose answers
                {=are split
                
                =by a blank line}

                Two {=gaps} in {=one} question.

                }Closing brace first{

                ::Only one::Just one answer here?{~maybe}

                ::Nothing right::Which is right?{~this ~that}

                Description with a feedback only?{####Just feedback.}
                """);

        assertThat(imported.items()).isEmpty();
        assertThat(imported.summary()).startsWith("0 items imported, 9 skipped: line 2: essay questions are not supported");
        assertThat(notes(imported)).containsExactly(
                "line 2: skipped: essay questions are not supported: Kring grades every answer automatically"
                        + " (an activity can ask for a written answer)",
                "line 4: skipped: descriptions (text without answers in {…}) are not supported: put the text in a lesson"
                        + " or in the explanation of the next item",
                "line 7: skipped: '{' without a closing '}': a blank line ends a question in GIFT (write \\n for a new"
                        + " line inside a question, \\{ for a brace in the text)",
                "line 9: skipped: '}' without '{' before it (write \\} for a brace in the text)",
                "line 11: skipped: more than one answer section {…}: embedded answers (cloze) are not supported",
                "line 13: skipped: '}' without '{' before it (write \\} for a brace in the text)",
                "line 15: skipped: a multiple-choice question needs at least two answers",
                "line 17: skipped: no answer is right: mark the right answer with = or give it a positive weight"
                        + " such as ~%50%",
                "line 19: skipped: essay questions are not supported: Kring grades every answer automatically"
                        + " (an activity can ask for a written answer)");
    }

    @Test
    void aQuestionWithoutTextOrWithAnEmptyAnswerIsSkipped() {
        GiftImport imported = read("::Untitled::{=a ~b}\n\nPick one.{=a ~#only feedback}");

        assertThat(imported.items()).isEmpty();
        assertThat(notes(imported)).containsExactly("line 1: skipped: the question has no text",
                "line 3: skipped: answer 2 has no text");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreRead() {
        GiftImport imported = read("\uFEFF// exported on Windows\r\n::A::First?{T}\r\n\r\n::B::Second?{F}\r\n");

        assertThat(imported.items()).extracting(ImportedItem::id, ImportedItem::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a", 2), org.assertj.core.groups.Tuple.tuple("b", 4));
    }
}
