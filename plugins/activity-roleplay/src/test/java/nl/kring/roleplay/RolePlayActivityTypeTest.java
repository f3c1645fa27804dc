package nl.kring.roleplay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.kring.api.activity.ActivityBlock;
import nl.kring.api.activity.ActivitySource;
import nl.kring.api.activity.ActivityStep;
import org.junit.jupiter.api.Test;

/** Playing the example scenario (Ans and the wine) through step and move, as the platform does. */
class RolePlayActivityTypeTest {

    private final RolePlayActivityType rolePlay = new RolePlayActivityType();
    private final ActivitySource ans = Fixtures.source(Fixtures.example());

    /** Plays the chosen responses (node, response id, node, response id, …) from the start. */
    private String play(String language, String... nodesAndResponses) {
        String state = "";
        for (int i = 0; i < nodesAndResponses.length; i += 2) {
            state = rolePlay.move(ans, state, Map.of("choice-" + nodesAndResponses[i], nodesAndResponses[i + 1]), language);
        }
        return state;
    }

    private static List<ActivityBlock.Line> lines(ActivityStep step) {
        return step.transcript().stream().map(ActivityBlock.Line.class::cast).toList();
    }

    private static List<String> spoken(ActivityStep step) {
        return lines(step).stream().filter(line -> !line.isNote())
                .map(line -> (line.isLearner() ? "you" : line.speaker()) + " " + line.tags()).toList();
    }

    @Test
    void isAStepwiseRolePlay() {
        assertThat(rolePlay.type()).isEqualTo("role-play");
        assertThat(rolePlay.stepwise()).isTrue();
        assertThat(rolePlay.render(ans, "en").blocks()).singleElement().isInstanceOf(ActivityBlock.Text.class);
        assertThatThrownBy(() -> rolePlay.score(ans, Map.of(), "en")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theFirstStepShowsTheSituationThePersonaAndTheChoices() {
        ActivityStep step = rolePlay.step(ans, "", "nl");

        assertThat(step.finished()).isFalse();
        assertThat(step.forReview()).isEmpty();
        List<ActivityBlock.Line> lines = lines(step);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).isNote()).isTrue();
        assertThat(lines.get(0).markdown()).startsWith("Je werkt op een polikliniek verslavingszorg.");
        assertThat(lines.get(1)).isEqualTo(new ActivityBlock.Line("", "note", "**Ans** (47 jaar): teamleider in de thuiszorg, "
                + "moeder van een dochter van 15. Haar leverwaarden zijn verhoogd. Ze drinkt de meeste avonden een fles wijn.",
                List.of("cliënt", "fase: overpeinzing")));
        assertThat(lines.get(2)).isEqualTo(new ActivityBlock.Line("Ans", "client", "De huisarts vond dat ik moest komen, vanwege "
                + "mijn leverwaarden. Maar ik drink echt niet meer dan mijn vriendinnen.", List.of("behoudtaal")));

        assertThat(step.prompt()).hasSize(2);
        ActivityBlock.Choice choice = (ActivityBlock.Choice) step.prompt().get(0);
        assertThat(choice.id()).isEqualTo("choice-begin");
        assertThat(choice.prompt()).isEqualTo("Hoe reageer je?");
        assertThat(choice.multiple()).isFalse();
        assertThat(choice.options()).extracting(ActivityBlock.Option::id).containsExactly("a", "b", "c");
        assertThat(choice.options().get(1).label()).isEqualTo("Hoeveel drink je op een gewone avond?");
        ActivityBlock.CodedText own = (ActivityBlock.CodedText) step.prompt().get(1);
        assertThat(own.id()).isEqualTo("own-begin");
        assertThat(own.prompt()).isEqualTo("Of typ je eigen reactie");
        assertThat(own.codes()).hasSize(10).extracting(ActivityBlock.Option::id).contains("complex-reflection", "confront");
        assertThat(own.codes()).contains(new ActivityBlock.Option("emphasising-autonomy", "autonomie benadrukken"));
    }

    @Test
    void aNodeWithoutTypedOffersOnlyTheChoice() {
        ActivityStep step = rolePlay.step(ans, play("en", "begin", "a"), "en");

        assertThat(step.prompt()).singleElement().isInstanceOfSatisfying(ActivityBlock.Choice.class, choice -> {
            assertThat(choice.id()).isEqualTo("choice-open");
            assertThat(choice.prompt()).isEqualTo("How do you respond?");
        });
    }

    @Test
    void theMiConsistentPathEndsWithAPlanAndAFullScore() {
        String state = play("nl", "begin", "a", "open", "a", "zorgen", "a");

        ActivityStep step = rolePlay.step(ans, state, "nl");

        assertThat(step.finished()).isTrue();
        assertThat(step.prompt()).isEmpty();
        assertThat(step.forReview()).isEmpty();
        assertThat(spoken(step)).containsExactly(
                "Ans [behoudtaal]", "you [complexe reflectie]",
                "Ans [behoudtaal]", "Ans [verandertaal]", "you [complexe reflectie]",
                "Ans [verandertaal]", "Ans [behoudtaal]", "you [complexe reflectie]",
                "Ans [verandertaal]");
        // R 3, Q 0: R:Q not defined (good); %CR 3/3 = 100 % (good); non-adherent 0 (good): (1 + 1 + 1) / 3
        assertThat(step.result().orElseThrow().score()).isEqualTo(1.0);
        // change talk: 1 (open) + 1 (zorgen) + 1 (plan) lines + 1 effect = 4; sustain 1 + 1 = 2; discord 0 - 1 = 0
        assertThat(step.result().orElseThrow().feedbackMarkdown())
                .contains("### Afloop\n\nAns bedenkt zelf een eerste stap.")
                .contains("**1.** Je koos (*complexe reflectie*): “Je bent hier vooral omdat je huisarts het vroeg")
                .contains("> Een dubbelzijdige reflectie: je houdt beide kanten van Ans' twijfel vast")
                .contains("| Reflecties per vraag (R:Q) | niet gedefinieerd (3 reflecties, 0 vragen) | 1:1 | 2:1 | goed |")
                .contains("| Complexe reflecties (%CR) | 100% (3 van 3) | 40% | 50% | goed |")
                .contains("| Niet MI-conform (overtuigen + confronteren) | 0 | – | 0 (ideaal) | goed |")
                .contains("| Verandertaal uitgelokt | 4 | – | – | geen drempel |")
                .contains("Je stelde geen vragen, dus R:Q is niet gedefinieerd")
                .contains("Na je reacties uitte Ans 4 keer verandertaal, 2 keer behoudtaal en 0 keer disharmonie "
                        + "(inclusief wat je reacties bij Ans teweegbrachten: +1 verandertaal, −1 disharmonie).")
                .contains("**Score: 100%.**")
                .contains("### Wat je nu kunt oefenen\n\n**Houd dit vast en maak het je eigen.**");
    }

    @Test
    void theConfrontingPathEndsWithAnsLeavingAndAScoreOfZero() {
        String state = play("en", "begin", "c", "weerstand", "c");

        ActivityStep step = rolePlay.step(ans, state, "en");

        assertThat(spoken(step)).containsExactly("Ans [sustain talk]", "you [confront]", "Ans [discord]", "you [persuade]",
                "Ans [discord]");
        // confront + persuade: R:Q not defined and below fair, %CR not counted, non-adherent 2 (below fair): (0 + 0) / 2
        assertThat(step.result().orElseThrow().score()).isZero();
        assertThat(step.result().orElseThrow().feedbackMarkdown())
                .contains("### Outcome\n\nAns ends the conversation.")
                .contains("**2.** You chose (*persuade*): “I'm saying this for your own good. Your health is at stake.”\n\n"
                        + "> Persuading: you raise the pressure")
                .contains("| Reflection-to-question ratio (R:Q) | not defined (0 reflections, 0 questions) | 1:1 | 2:1 | below fair |")
                .contains("| Complex reflections (%CR) | not defined (no reflections) | 40% | 50% | not counted |")
                .contains("| MI-non-adherent (persuade + confront) | 2 | – | 0 (ideal) | below fair |")
                .contains("No questions asked and no reflections: R:Q is not defined.")
                .contains("No reflections: %CR is not defined and does not count in the score.")
                .contains("discord 3 times (including what your responses did to Ans: +1 discord)")
                .contains("Thresholds from the MITI 4.2.1 (Moyers, Manuel & Ernst, 2014).")
                .contains("**Score: 0%.**")
                .contains("### What to practise next\n\n**Let go of persuading and confronting.** You persuaded or confronted 2 times.");
    }

    @Test
    void aTypedResponseIsSelfCodedShownWithExamplesAndSentForReview() {
        String state = rolePlay.move(ans, "", Map.of("own-begin", "  Je vindt het *overdreven*.\nEcht.  ",
                "own-begin.code", "simple-reflection"), "nl");
        ActivityStep after = rolePlay.step(ans, state, "nl");

        List<ActivityBlock.Line> lines = lines(after);
        assertThat(lines.get(3)).isEqualTo(new ActivityBlock.Line("", "learner", "Je vindt het \\*overdreven\\*.  \nEcht.",
                List.of("eenvoudige reflectie (zelf gecodeerd)")));
        assertThat(lines.get(4).isNote()).isTrue();
        assertThat(lines.get(4).markdown()).isEqualTo("""
                **Zo zouden ervaren hulpverleners kunnen reageren:**

                - *complexe reflectie:* Je bent hier niet helemaal uit vrije wil, en het voelt alsof anderen al een oordeel over je hebben.
                - *eenvoudige reflectie:* Je vindt dat je niet meer drinkt dan de mensen om je heen.""");
        assertThat(after.forReview()).isEmpty();

        String end = rolePlay.move(ans, rolePlay.move(ans, state, Map.of("choice-open", "b"), "nl"), Map.of("choice-zorgen", "c"), "nl");
        ActivityStep last = rolePlay.step(ans, end, "nl");

        // SR (typed) + affirm + question: R:Q 1:1 (fair), %CR 0/1 (below fair), non-adherent 0 (good): (0.5 + 0 + 1) / 3
        assertThat(last.result().orElseThrow().score()).isEqualTo(0.5);
        assertThat(last.result().orElseThrow().feedbackMarkdown())
                .contains("**1.** Je typte (*eenvoudige reflectie*, je eigen code): “Je vindt het \\*overdreven\\*. Echt.”")
                .contains("> **Zo zouden ervaren hulpverleners kunnen reageren:**")
                .contains("| Reflecties per vraag (R:Q) | 1:1 (1 reflectie, 1 vraag) | 1:1 | 2:1 | redelijk |")
                .contains("| Complexe reflecties (%CR) | 0% (0 van 1) | 40% | 50% | onder redelijk |")
                .contains("| MI-conform (bevestigen + samenwerking zoeken + autonomie benadrukken) | 1 |")
                .contains("**Ga dieper met je reflecties.** 0 van je 1 reflectie was complex.");
        assertThat(last.forReview()).singleElement().satisfies(review -> {
            assertThat(review.id()).isEqualTo("begin");
            assertThat(review.context()).isEqualTo("**Ans:** De huisarts vond dat ik moest komen, vanwege mijn leverwaarden. "
                    + "Maar ik drink echt niet meer dan mijn vriendinnen.");
            assertThat(review.response()).isEqualTo("Je vindt het *overdreven*.\nEcht.");
            assertThat(review.selfCode()).isEqualTo("simple-reflection");
            assertThat(review.codes()).hasSize(10).first().isEqualTo(new ActivityBlock.Option("question", "vraag"));
        });
    }

    @Test
    void feedbackOnChoicesIsNotShownDuringPlay() {
        ActivityStep step = rolePlay.step(ans, play("en", "begin", "b", "feiten", "b"), "en");

        assertThat(step.finished()).isFalse();
        assertThat(lines(step)).noneMatch(line -> line.markdown().contains("A question, and an understandable one"))
                .noneMatch(line -> line.markdown().contains("A simple reflection"));
        assertThat(spoken(step)).containsExactly("Ans [sustain talk]", "you [question]", "Ans [sustain talk]",
                "you [simple reflection]", "Ans [sustain talk]", "Ans [change talk]");
    }

    @Test
    void theStateIsThePathAndStepAndMoveArePure() {
        String state = rolePlay.move(ans, play("nl", "begin", "b"), Map.of("choice-feiten", "a"), "nl");

        assertThat(state).isEqualTo("kring-role-play 1\nbegin b\nfeiten a");
        assertThat(rolePlay.move(ans, "kring-role-play 1\nbegin b", Map.of("choice-feiten", "a"), "en")).isEqualTo(state);
        assertThat(rolePlay.step(ans, state, "nl")).isEqualTo(rolePlay.step(ans, state, "nl"));
        ActivityStep step = rolePlay.step(ans, state, "nl");
        assertThat(((ActivityBlock.Choice) step.prompt().get(0)).id()).isEqualTo("choice-informatie");
        assertThat(lines(step).get(lines(step).size() - 1).markdown()).isEqualTo("Goed. Vertel maar.");
    }

    @Test
    void aLoopCanBeWalkedTwiceAndStillEnds() {
        // begin c → weerstand a → open c → weerstand b → open a → zorgen b → plan
        String state = play("en", "begin", "c", "weerstand", "a", "open", "c", "weerstand", "b", "open", "a", "zorgen", "b");

        ActivityStep step = rolePlay.step(ans, state, "en");

        assertThat(step.finished()).isTrue();
        // confront, CR, persuade, autonomy, CR, collaboration: R 2, Q 0 (good), %CR 2/2 (good), non-adherent 2 (below fair)
        assertThat(step.result().orElseThrow().score()).isEqualTo(2.0 / 3);
        assertThat(step.result().orElseThrow().feedbackMarkdown())
                .contains("| MI-adherent (affirm + seeking collaboration + emphasising autonomy) | 2 |")
                .contains("**6.** You chose (*seeking collaboration*)");
    }

    @Test
    void inputThatDoesNotFitTheStepIsRejected() {
        String atOpen = play("en", "begin", "a");
        String finished = play("en", "begin", "c", "weerstand", "c");

        assertThatThrownBy(() -> rolePlay.move(ans, "", Map.of("choice-begin", "z"), "en"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("node 'begin' has no response 'z'");
        assertThatThrownBy(() -> rolePlay.move(ans, "", Map.of(), "en"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no response for node 'begin' (expected choice-begin or own-begin)");
        assertThatThrownBy(() -> rolePlay.move(ans, atOpen, Map.of("choice-begin", "a"), "en"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no response for node 'open' (expected choice-open)");
        assertThatThrownBy(() -> rolePlay.move(ans, "", Map.of("choice-begin", "a", "own-begin", "Hm.", "own-begin.code", "question"), "en"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("choose a response or type your own, not both");
        assertThatThrownBy(() -> rolePlay.move(ans, "", Map.of("own-begin", "Hm."), "en"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("code your typed response (own-begin.code)");
        assertThatThrownBy(() -> rolePlay.move(ans, "", Map.of("own-begin", "Hm.", "own-begin.code", "shout"), "en"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown code 'shout'");
        assertThatThrownBy(() -> rolePlay.move(ans, atOpen, Map.of("own-open", "Hm.", "own-open.code", "question"), "en"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("node 'open' has no typed response");
        assertThatThrownBy(() -> rolePlay.move(ans, "", Map.of("own-begin", "x".repeat(Play.MAX_TYPED + 1), "own-begin.code", "question"), "en"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a typed response has at most 1000 characters");
        assertThatThrownBy(() -> rolePlay.move(ans, finished, Map.of("choice-afgehaakt", "a"), "en"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the role-play is finished");
        assertThatThrownBy(() -> rolePlay.step(ans, "begin a", "en"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a role-play state");
    }

    @Test
    void blankFieldsCountAsNotGiven() {
        Map<String, String> input = new HashMap<>();
        input.put("choice-begin", "a");
        input.put("own-begin", "   ");
        input.put("own-begin.code", "");

        assertThat(rolePlay.move(ans, "", input, "en")).isEqualTo("kring-role-play 1\nbegin a");
    }

    @Test
    void aStateFromAnOlderScenarioContinuesFromTheLastPointThatStillExists() {
        String old = "kring-role-play 1\nbegin b\nfeiten z\ninformatie a";

        ActivityStep step = rolePlay.step(ans, old, "en");

        assertThat(step.finished()).isFalse();
        assertThat(lines(step)).anyMatch(line -> line.isNote() && line.markdown().contains("This role-play was changed after you started"));
        assertThat(((ActivityBlock.Choice) step.prompt().get(0)).id()).isEqualTo("choice-feiten");
        assertThat(rolePlay.move(ans, old, Map.of("choice-feiten", "a"), "en")).isEqualTo("kring-role-play 1\nbegin b\nfeiten a");
    }

    @Test
    void aStateAboveSixtyFourKilobytesIsRefused() {
        // walking the loop weerstand → open → weerstand … until the state is just under 64 KB
        StringBuilder state = new StringBuilder(play("en", "begin", "c"));
        while (PlayState.bytes(state.toString()) < PlayState.MAX_BYTES - 30) {
            state.append("\nweerstand a\nopen c");
        }
        String almostFull = state.toString();

        assertThat(rolePlay.step(ans, almostFull, "en").finished()).isFalse();
        assertThat(rolePlay.move(ans, almostFull, Map.of("choice-weerstand", "b"), "en")).endsWith("\nweerstand b");
        assertThatThrownBy(() -> rolePlay.move(ans, almostFull, Map.of("own-weerstand", "x", "own-weerstand.code", "question"), "en"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("node 'weerstand' has no typed response");
        String full = almostFull + "\nweerstand a\nopen c";
        assertThatThrownBy(() -> rolePlay.move(ans, full, Map.of("choice-weerstand", "a"), "en"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the conversation is too long to keep (more than 64 KB)");
    }

    @Test
    void aScenarioWithProblemsIsNotPlayed() {
        ActivitySource broken = Fixtures.source(Fixtures.example().replace("start: begin", "start: begn"));

        assertThatThrownBy(() -> rolePlay.step(broken, "", "nl")).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("activities/mi-alcohol.yaml:23: start node 'begn' does not exist");
    }
}
