package nl.kring.roleplay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.kring.api.activity.ActivityBlock;
import nl.kring.api.activity.ActivityResult;
import nl.kring.api.activity.ActivityStep;

/**
 * A role-play played so far: the scenario with the learner's moves replayed from the start. Builds what the learner
 * sees ({@link #step}) and takes the next move ({@link #move}); both depend on nothing but their arguments.
 *
 * <p>If the scenario was changed after the learner started (a new course version), the moves are replayed as far
 * as they still fit; the learner continues from there and the transcript says so.
 */
final class Play {

    /** The longest typed response, in characters. */
    static final int MAX_TYPED = 1000;

    /**
     * One node the learner reached, and what they answered there.
     *
     * @param move {@code null} for the node the learner is at now
     */
    record Visit(Scenario.Node node, PlayState.Move move) {
    }

    private final Scenario scenario;
    private final List<Visit> visits;
    private final List<PlayState.Move> moves;
    private final boolean changed;

    private Play(Scenario scenario, List<Visit> visits, List<PlayState.Move> moves, boolean changed) {
        this.scenario = scenario;
        this.visits = List.copyOf(visits);
        this.moves = List.copyOf(moves);
        this.changed = changed;
    }

    /**
     * @throws IllegalArgumentException when the state is not a role-play state
     */
    static Play replay(Scenario scenario, String state) {
        List<PlayState.Move> recorded = PlayState.parse(state);
        List<Visit> visits = new ArrayList<>();
        List<PlayState.Move> moves = new ArrayList<>();
        Scenario.Node node = scenario.nodes().get(scenario.start());
        boolean changed = false;
        for (PlayState.Move move : recorded) {
            Optional<String> next = next(node, move);
            if (next.isEmpty() || !scenario.nodes().containsKey(next.get())) {
                changed = true;
                break;
            }
            visits.add(new Visit(node, move));
            moves.add(move);
            node = scenario.nodes().get(next.get());
        }
        visits.add(new Visit(node, null));
        return new Play(scenario, visits, moves, changed);
    }

    /** Where {@code move} leads from {@code node}; empty when the move does not fit the node. */
    private static Optional<String> next(Scenario.Node node, PlayState.Move move) {
        if (node.end() || !node.id().equals(move.node())) {
            return Optional.empty();
        }
        if (move.isTyped()) {
            return Optional.ofNullable(node.typed()).map(Scenario.Typed::next);
        }
        return node.response(move.response()).map(Scenario.Response::next);
    }

    static String choiceId(Scenario.Node node) {
        return "choice-" + node.id();
    }

    static String ownId(Scenario.Node node) {
        return "own-" + node.id();
    }

    Scenario scenario() {
        return scenario;
    }

    List<Visit> visits() {
        return visits;
    }

    Scenario.Node current() {
        return visits.get(visits.size() - 1).node();
    }

    boolean changed() {
        return changed;
    }

    // ---- moving

    /**
     * The state after the learner's input: a chosen response ({@code choice-<node>}) or a typed one
     * ({@code own-<node>} with its code under {@code own-<node>.code}).
     *
     * @throws IllegalArgumentException when the input does not fit the node the learner is at
     */
    String move(Map<String, String> input) {
        Scenario.Node node = current();
        if (node.end()) {
            throw new IllegalArgumentException("the role-play is finished");
        }
        String choice = value(input, choiceId(node));
        String own = value(input, ownId(node));
        PlayState.Move move;
        if (choice != null && own != null) {
            throw new IllegalArgumentException("choose a response or type your own, not both");
        } else if (choice != null) {
            if (node.response(choice).isEmpty()) {
                throw new IllegalArgumentException("node '" + node.id() + "' has no response '" + choice + "'");
            }
            move = PlayState.Move.chosen(node.id(), choice);
        } else if (own != null) {
            if (node.typed() == null) {
                throw new IllegalArgumentException("node '" + node.id() + "' has no typed response");
            }
            if (own.length() > MAX_TYPED) {
                throw new IllegalArgumentException("a typed response has at most " + MAX_TYPED + " characters");
            }
            String codeId = value(input, ownId(node) + ".code");
            if (codeId == null) {
                throw new IllegalArgumentException("code your typed response (" + ownId(node) + ".code)");
            }
            Code code = Code.byId(codeId).orElseThrow(() -> new IllegalArgumentException("unknown code '" + codeId + "'"));
            move = PlayState.Move.typed(node.id(), code, own.replace("\r\n", "\n").strip());
        } else {
            throw new IllegalArgumentException("no response for node '" + node.id() + "' (expected " + choiceId(node)
                    + (node.typed() != null ? " or " + ownId(node) : "") + ")");
        }
        List<PlayState.Move> next = new ArrayList<>(moves);
        next.add(move);
        String state = PlayState.format(next);
        if (PlayState.bytes(state) > PlayState.MAX_BYTES) {
            throw new IllegalArgumentException("the conversation is too long to keep (more than 64 KB)");
        }
        return state;
    }

    private static String value(Map<String, String> input, String key) {
        String value = input.get(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    // ---- what the learner sees

    ActivityStep step(String language) {
        boolean dutch = "nl".equals(language);
        List<ActivityBlock> transcript = new ArrayList<>();
        transcript.add(note(Scenario.in(scenario.intro(), language), List.of()));
        for (Scenario.Persona persona : scenario.personas()) {
            transcript.add(note(introduction(persona, language), persona.stage() == null
                    ? List.of(persona.role().label(language))
                    : List.of(persona.role().label(language), persona.stage().label(language))));
        }
        if (changed) {
            transcript.add(note(dutch
                    ? "*Dit rollenspel is aangepast sinds je begon. Je gaat verder vanaf het laatste punt dat nog bestaat.*"
                    : "*This role-play was changed after you started. You continue from the last point that still exists.*",
                    List.of()));
        }
        for (Visit visit : visits) {
            for (Scenario.Line line : visit.node().lines()) {
                transcript.add(personaLine(line, language));
            }
            PlayState.Move move = visit.move();
            if (move == null) {
                continue;
            }
            if (move.isTyped()) {
                transcript.add(new ActivityBlock.Line("", "learner", literal(move.text()), List.of(selfCoded(move.code(), language))));
                transcript.add(note(examples(visit.node().typed(), language), List.of()));
            } else {
                Scenario.Response response = visit.node().response(move.response()).orElseThrow();
                transcript.add(new ActivityBlock.Line("", "learner", Scenario.in(response.text(), language),
                        List.of(response.code().label(language))));
            }
        }
        Scenario.Node node = current();
        if (node.end()) {
            MitiScores scores = scores();
            ActivityResult result = new ActivityResult(scores.score(), Summary.markdown(this, scores, language));
            return new ActivityStep(transcript, List.of(), Optional.of(result), forReview(language));
        }
        return new ActivityStep(transcript, prompt(node, language), Optional.empty(), List.of());
    }

    private List<ActivityBlock> prompt(Scenario.Node node, String language) {
        boolean dutch = "nl".equals(language);
        List<ActivityBlock> prompt = new ArrayList<>();
        List<ActivityBlock.Option> options = node.responses().stream()
                .map(response -> new ActivityBlock.Option(response.id(), Scenario.in(response.text(), language))).toList();
        prompt.add(new ActivityBlock.Choice(choiceId(node), dutch ? "Hoe reageer je?" : "How do you respond?", options, false));
        if (node.typed() != null) {
            prompt.add(new ActivityBlock.CodedText(ownId(node), dutch ? "Of typ je eigen reactie" : "Or type your own response",
                    dutch ? "Welke code geef je je eigen reactie?" : "How do you code your own response?", codes(language)));
        }
        return prompt;
    }

    static List<ActivityBlock.Option> codes(String language) {
        List<ActivityBlock.Option> codes = new ArrayList<>();
        for (Code code : Code.values()) {
            codes.add(new ActivityBlock.Option(code.id(), code.label(language)));
        }
        return codes;
    }

    private ActivityBlock.Line personaLine(Scenario.Line line, String language) {
        Optional<Scenario.Persona> persona = scenario.persona(line.persona());
        return new ActivityBlock.Line(persona.map(Scenario.Persona::name).orElse(line.persona()),
                persona.map(p -> p.role().id()).orElse(Role.OTHER.id()), Scenario.in(line.text(), language),
                line.talk().tags(language));
    }

    private static String introduction(Scenario.Persona persona, String language) {
        StringBuilder text = new StringBuilder("**").append(persona.name()).append("**");
        if (persona.age() != null) {
            text.append(" (").append(persona.age()).append("nl".equals(language) ? " jaar)" : ")");
        }
        String situation = Scenario.in(persona.situation(), language);
        if (!situation.isBlank()) {
            text.append(": ").append(situation);
        }
        return text.toString();
    }

    /**
     * What the learner typed, as Markdown that shows exactly that text: Markdown's special characters escaped, line
     * breaks kept.
     */
    static String literal(String text) {
        String escaped = text.replaceAll("([\\\\`*_\\[\\]<>#|~])", "\\\\$1")
                .replaceAll("(?m)^(\\s*)([-+=])", "$1\\\\$2").replaceAll("(?m)^(\\s*[0-9]+)([.)])", "$1\\\\$2");
        return escaped.replace("\n", "  \n");
    }

    static String selfCoded(Code code, String language) {
        return code.label(language) + ("nl".equals(language) ? " (zelf gecodeerd)" : " (self-coded)");
    }

    static String examples(Scenario.Typed typed, String language) {
        StringBuilder text = new StringBuilder("nl".equals(language)
                ? "**Zo zouden ervaren hulpverleners kunnen reageren:**\n"
                : "**How experienced practitioners might respond:**\n");
        for (Scenario.Example example : typed.examples()) {
            text.append("\n- *").append(example.code().label(language)).append(":* ")
                    .append(Scenario.in(example.text(), language));
        }
        return text.toString();
    }

    private static ActivityBlock.Line note(String markdown, List<String> tags) {
        return new ActivityBlock.Line("", "note", markdown, tags);
    }

    // ---- scores and review

    /** The codes of the learner's responses, in order: written codes for chosen responses, own codes for typed ones. */
    List<Code> codes() {
        List<Code> codes = new ArrayList<>();
        for (Visit visit : visits) {
            if (visit.move() != null) {
                codes.add(visit.move().isTyped() ? visit.move().code()
                        : visit.node().response(visit.move().response()).orElseThrow().code());
            }
        }
        return codes;
    }

    /** Persona lines at every node reached after a learner response (all visits but the first), plus the effects. */
    MitiScores.ClientTalk clientTalk() {
        int change = 0;
        int sustain = 0;
        int discord = 0;
        for (int i = 1; i < visits.size(); i++) {
            for (Scenario.Line line : visits.get(i).node().lines()) {
                switch (line.talk()) {
                    case CHANGE -> change++;
                    case SUSTAIN -> sustain++;
                    case DISCORD -> discord++;
                    case NEUTRAL -> {
                    }
                }
            }
        }
        int changeEffect = 0;
        int sustainEffect = 0;
        int discordEffect = 0;
        for (Visit visit : visits) {
            if (visit.move() != null && !visit.move().isTyped()) {
                Scenario.Effect effect = visit.node().response(visit.move().response()).orElseThrow().effect();
                changeEffect += effect.changeTalk();
                sustainEffect += effect.sustainTalk();
                discordEffect += effect.discord();
            }
        }
        return new MitiScores.ClientTalk(change, sustain, discord, changeEffect, sustainEffect, discordEffect);
    }

    MitiScores scores() {
        return MitiScores.of(codes(), clientTalk());
    }

    /** One request per typed response; the id is the node, with {@code #2}, {@code #3} … when a node is typed at again. */
    private List<ActivityStep.ReviewRequest> forReview(String language) {
        List<ActivityStep.ReviewRequest> requests = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Visit visit : visits) {
            if (visit.move() == null || !visit.move().isTyped()) {
                continue;
            }
            int count = seen.merge(visit.node().id(), 1, Integer::sum);
            String id = count == 1 ? visit.node().id() : visit.node().id() + "#" + count;
            requests.add(new ActivityStep.ReviewRequest(id, context(visit.node(), language), visit.move().text(),
                    visit.move().code().id(), codes(language)));
        }
        return requests;
    }

    /** What the personas said at a node, as Markdown: {@code **Kees:** …}, one paragraph per line. */
    String context(Scenario.Node node, String language) {
        List<String> paragraphs = new ArrayList<>();
        for (Scenario.Line line : node.lines()) {
            String name = scenario.persona(line.persona()).map(Scenario.Persona::name).orElse(line.persona());
            paragraphs.add("**" + name + ":** " + Scenario.in(line.text(), language));
        }
        return String.join("\n\n", paragraphs);
    }
}
