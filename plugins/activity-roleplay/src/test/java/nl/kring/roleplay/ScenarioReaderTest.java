package nl.kring.roleplay;

import static nl.kring.roleplay.Fixtures.HEAD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.kring.api.activity.ActivityProblem;
import org.junit.jupiter.api.Test;

/** Validation: every problem with the exact line of the activity file it concerns (0 = the whole file). */
class ScenarioReaderTest {

    private final RolePlayActivityType rolePlay = new RolePlayActivityType();

    private List<String> problems(String yaml) {
        return rolePlay.validate(Fixtures.source(yaml)).stream().map(p -> p.line() + ": " + p.message()).toList();
    }

    @Test
    void theExampleScenarioHasNoProblems() {
        assertThat(rolePlay.validate(Fixtures.source(Fixtures.example()))).isEmpty();
    }

    @Test
    void theExampleIsReadCompletely() {
        Scenario scenario = new ScenarioReader(List.of("nl", "en")).read(Fixtures.example());

        assertThat(scenario.start()).isEqualTo("begin");
        assertThat(scenario.nodes()).hasSize(8).containsKeys("plan", "afgehaakt");
        assertThat(scenario.nodes().values().stream().filter(Scenario.Node::end).map(Scenario.Node::id))
                .containsExactly("plan", "afgehaakt");
        assertThat(scenario.personas()).singleElement().satisfies(ans -> {
            assertThat(ans.name()).isEqualTo("Ans");
            assertThat(ans.role()).isEqualTo(Role.CLIENT);
            assertThat(ans.age()).isEqualTo(47);
            assertThat(ans.stage()).isEqualTo(Stage.CONTEMPLATION);
        });
        Scenario.Node begin = scenario.nodes().get("begin");
        assertThat(begin.responses()).extracting(Scenario.Response::code)
                .containsExactly(Code.COMPLEX_REFLECTION, Code.QUESTION, Code.CONFRONT);
        assertThat(begin.response("a").orElseThrow().effect()).isEqualTo(new Scenario.Effect(0, 0, -1));
        assertThat(begin.typed().examples()).extracting(Scenario.Example::code)
                .containsExactly(Code.COMPLEX_REFLECTION, Code.SIMPLE_REFLECTION);
        assertThat(begin.lines().get(0).talk()).isEqualTo(Talk.SUSTAIN);
    }

    @Test
    void unknownKeysValuesAndMissingTranslations() {
        String yaml = """
                id: kort
                type: role-play
                title: {nl: Kort, en: Short}
                module: m1
                intro: {nl: "Intro"}                  # 5
                scenario: x                           # 6
                personas:
                  - id: kees
                    name: Kees
                    role: cliënt                      # 10
                    stage: twijfel                    # 11
                    mood: sad                         # 12
                start: begin
                nodes:
                  - id: begin
                    lines:
                      - persona: karel                # 17
                        talk: doubt                   # 18
                        text: {nl: "Nee.", en: "No."}
                    responses:
                      - id: a
                        code: reflection              # 22
                        text: {nl: "Je twijfelt."}    # 23
                        feedback: {nl: "Goed.", en: "Good."}
                        next: slot
                        score: 1                      # 26
                  - id: slot
                    end: true
                    lines:
                      - persona: kees
                        text: {nl: "Misschien.", en: "Maybe."}
                """;

        assertThat(problems(yaml)).containsExactly(
                "5: 'intro' has no text for language 'en'",
                "6: unknown role-play key 'scenario'",
                "10: unknown role 'cliënt'",
                "11: unknown stage 'twijfel'",
                "12: unknown persona key 'mood'",
                "17: unknown persona 'karel'",
                "18: unknown talk 'doubt'",
                "22: unknown code 'reflection'",
                "23: 'text' has no text for language 'en'",
                "26: unknown response key 'score'");
    }

    @Test
    void problemsCarryAHintInKringsStyle() {
        String yaml = HEAD + """
                  - id: begin
                    lines: [{persona: kees, text: {nl: "Nee.", en: "No."}}]
                    responses:
                      - {id: a, code: reflect, text: {nl: "?", en: "?"}, feedback: {nl: "-", en: "-"}, next: slot}
                  - id: slot
                    end: true
                """;

        assertThat(rolePlay.validate(Fixtures.source(yaml))).containsExactly(new ActivityProblem(12, "unknown code 'reflect'",
                "codes are affirm, complex-reflection, confront, emphasising-autonomy, giving-information, persuade, "
                        + "persuade-with-permission, question, seeking-collaboration, simple-reflection"));
    }

    @Test
    void nodeIdsAndNext() {
        String yaml = HEAD + """
                  - id: begin
                    lines: [{persona: kees, text: {nl: "Nee.", en: "No."}}]
                    responses:
                      - id: a
                        code: question
                        text: {nl: "Hoezo?", en: "Why?"}
                        feedback: {nl: "Open.", en: "Open."}
                        next: nergens                 # 16
                      - id: a                         # 17
                        code: affirm
                        text: {nl: "Goed.", en: "Good."}
                        feedback: {nl: "Ja.", en: "Yes."}
                        next: slot
                  - id: slot
                    end: true
                    lines: [{persona: kees, text: {nl: "Ja.", en: "Yes."}}]
                  - id: slot                          # 25
                    end: true
                  - id: Los Eind                      # 27
                    end: true
                """;

        assertThat(problems(yaml)).containsExactly(
                "16: next: node 'nergens' does not exist",
                "17: response id 'a' is used twice",
                "25: node id 'slot' is used twice",
                "27: node id 'Los Eind' is not a slug",
                "27: node 'Los Eind' cannot be reached from start 'begin'");
    }

    @Test
    void startAndPersonas() {
        String unknownStart = HEAD.replace("start: begin", "start: begn") + """
                  - id: begin
                    lines: [{persona: kees, text: {nl: "Nee.", en: "No."}}]
                    responses: [{id: a, code: question, text: {nl: "?", en: "?"}, feedback: {nl: "-", en: "-"}, next: slot}]
                  - id: slot
                    end: true
                """;
        String noStartNoPersonas = HEAD.replace("start: begin\n", "").replace("personas: [{id: kees, name: Kees, role: client}]",
                "personas: []") + """
                  - id: begin
                    lines: [{persona: kees, text: {nl: "Nee.", en: "No."}}]
                    responses: [{id: a, code: question, text: {nl: "?", en: "?"}, feedback: {nl: "-", en: "-"}, next: slot}]
                  - id: slot
                    end: true
                """;

        assertThat(problems(unknownStart)).containsExactly("7: start node 'begn' does not exist");
        assertThat(rolePlay.validate(Fixtures.source(unknownStart)).get(0).hint()).isEqualTo("known nodes are begin, slot");
        assertThat(problems(noStartNoPersonas)).containsExactly(
                "0: missing 'start'",
                "6: a role-play needs at least one persona",
                "9: unknown persona 'kees'");
    }

    @Test
    void missingIntroAndNodes() {
        assertThat(problems("""
                id: kort
                type: role-play
                personas: [{id: kees, name: Kees, role: client}]
                start: begin
                """)).containsExactly(
                "0: missing 'intro'",
                "0: a role-play needs nodes:",
                "4: start node 'begin' does not exist");
    }

    @Test
    void nodesWithoutResponsesEndNodesWithResponsesAndOutcomes() {
        String yaml = HEAD + """
                  - id: begin
                    lines: [{persona: kees, text: {nl: "Nee.", en: "No."}}]
                    outcome: {nl: "Klaar.", en: "Done."}                  # 11
                    responses:
                      - {id: a, code: question, text: {nl: "?", en: "?"}, feedback: {nl: "-", en: "-"}, next: stil}
                      - {id: b, code: affirm, text: {nl: "!", en: "!"}, feedback: {nl: "-", en: "-"}, next: slot}
                  - id: stil                                               # 15
                    lines: [{persona: kees, text: {nl: "…", en: "…"}}]
                  - id: slot
                    end: true
                    responses:                                             # 19
                      - {id: a, code: question, text: {nl: "?", en: "?"}, feedback: {nl: "-", en: "-"}, next: begin}
                    typed: {examples: [{code: question, text: {nl: "?", en: "?"}}], next: begin}   # 21
                  - id: leeg                                               # 22
                    end: yes                                               # 23
                """;

        assertThat(problems(yaml)).containsExactly(
                "11: only end nodes have an outcome",
                "15: node 'stil' has no responses and is not an end node",
                "19: end node 'slot' has responses",
                "21: end node 'slot' has typed:",
                "22: node 'leeg' has no responses and is not an end node",
                "22: node 'leeg' has no lines",
                "22: node 'leeg' cannot be reached from start 'begin'",
                "23: 'end' must be true or false");
    }

    @Test
    void aLoopWithoutAWayOutIsAProblemALoopWithOneIsNot() {
        String trapped = HEAD + """
                  - id: begin
                    lines: [{persona: kees, text: {nl: "Nee.", en: "No."}}]
                    responses:
                      - {id: a, code: question, text: {nl: "?", en: "?"}, feedback: {nl: "-", en: "-"}, next: slot}
                      - {id: b, code: affirm, text: {nl: "!", en: "!"}, feedback: {nl: "-", en: "-"}, next: heen}
                  - id: heen                                               # 14
                    lines: [{persona: kees, text: {nl: "Hm.", en: "Hm."}}]
                    responses: [{id: a, code: question, text: {nl: "?", en: "?"}, feedback: {nl: "-", en: "-"}, next: terug}]
                  - id: terug                                              # 17
                    lines: [{persona: kees, text: {nl: "Hm.", en: "Hm."}}]
                    responses: [{id: a, code: question, text: {nl: "?", en: "?"}, feedback: {nl: "-", en: "-"}, next: heen}]
                  - id: slot
                    end: true
                """;
        String withAWayOut = trapped.replace("next: heen}]", "next: heen}, {id: b, code: affirm, text: {nl: \"!\", en: \"!\"}, "
                + "feedback: {nl: \"-\", en: \"-\"}, next: begin}]");

        assertThat(problems(trapped)).containsExactly(
                "14: from node 'heen' no end node can be reached",
                "17: from node 'terug' no end node can be reached");
        assertThat(problems(withAWayOut)).isEmpty();
    }

    @Test
    void noEndAtAllIsReportedOnceAtTheStart() {
        String yaml = HEAD + """
                  - id: begin
                    lines: [{persona: kees, text: {nl: "Nee.", en: "No."}}]
                    responses: [{id: a, code: question, text: {nl: "?", en: "?"}, feedback: {nl: "-", en: "-"}, next: verder}]
                  - id: verder
                    lines: [{persona: kees, text: {nl: "Hm.", en: "Hm."}}]
                    responses: [{id: a, code: question, text: {nl: "?", en: "?"}, feedback: {nl: "-", en: "-"}, next: begin}]
                """;

        assertThat(problems(yaml)).containsExactly("7: no end node can be reached from start 'begin'");
    }

    @Test
    void theStartCannotBeAnEndNode() {
        assertThat(problems(HEAD + """
                  - id: begin
                    end: true
                """)).containsExactly("7: start node 'begin' is an end node");
    }

    @Test
    void typedResponsesAndEffects() {
        String yaml = HEAD + """
                  - id: begin
                    lines: [{persona: kees, text: {nl: "Nee.", en: "No."}}]
                    responses:
                      - id: a
                        code: question
                        text: {nl: "?", en: "?"}
                        feedback: {nl: "-", en: "-"}
                        next: slot
                        effect: {discord: veel, mood: 1}                  # 17
                      - id: b
                        code: affirm
                        text: {nl: "!", en: "!"}
                        next: slot                                         # the response on 18 has no feedback
                    typed:                                                 # 22
                      next: slot
                      hint: x                                              # 24
                  - id: slot
                    end: true
                """;

        assertThat(problems(yaml)).containsExactly(
                "17: effect 'discord' must be a whole number",
                "17: unknown effect 'mood'",
                "18: missing 'feedback'",
                "22: typed: needs at least one example",
                "24: unknown typed key 'hint'");
    }

    @Test
    void syntaxErrorsAndDuplicateKeys() {
        assertThat(problems(HEAD + "  - id: begin\n    lines: [{persona: kees\n")).singleElement()
                .satisfies(problem -> assertThat(problem).startsWith("11: YAML syntax: "));
        assertThat(problems(HEAD + """
                  - id: begin
                    lines: [{persona: kees, text: {nl: "Nee.", en: "No."}}]
                    responses: [{id: a, code: question, text: {nl: "?", en: "?"}, feedback: {nl: "-", en: "-"}, next: slot}]
                  - id: slot
                    end: true
                    end: false                                             # 14
                """)).containsExactly("14: key 'end' is given twice");
    }

    @Test
    void theExampleWithOneLanguageMissingIsReportedPerText() {
        String yaml = Fixtures.example().replace(
                "          en: \"How much do you drink on an ordinary evening?\"\n", "");

        assertThat(problems(yaml)).containsExactly("45: 'text' has no text for language 'en'");
    }
}
