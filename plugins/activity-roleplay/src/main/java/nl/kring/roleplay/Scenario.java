package nl.kring.roleplay;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A role-play as written in {@code activities/<name>.yaml}: personas and a graph of nodes. At each node the personas
 * say their lines and the learner responds: by choosing one of the written responses or, where the node allows it,
 * by typing an own response and coding it. End nodes close the conversation.
 *
 * @param intro    the situation, per language (Markdown)
 * @param personas who takes part, at least one
 * @param start    the id of the first node
 * @param nodes    by id, in file order
 */
record Scenario(Map<String, String> intro, List<Persona> personas, String start, Map<String, Node> nodes) {

    Scenario {
        personas = List.copyOf(personas);
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
    }

    /**
     * One person in the scene.
     *
     * @param age   in years, or {@code null} when not given
     * @param stage the stage of change, or {@code null} when not given
     */
    record Persona(String id, String name, Role role, Integer age, Map<String, String> situation, Stage stage) {
    }

    /** What a persona says at a node. */
    record Line(String persona, Talk talk, Map<String, String> text) {
    }

    /** A written response the learner can choose. */
    record Response(String id, Code code, Map<String, String> text, Map<String, String> feedback, String next,
                    Effect effect) {
    }

    /**
     * How a response changes the persona's state, added to what the persona's lines show: e.g. a response that
     * takes the sting out of the conversation has {@code discord: -1}.
     */
    record Effect(int changeTalk, int sustainTalk, int discord) {

        static final Effect NONE = new Effect(0, 0, 0);
    }

    /** The learner may type an own response here; the examples are shown after they did. */
    record Typed(List<Example> examples, String next) {

        Typed {
            examples = List.copyOf(examples);
        }
    }

    /** How an experienced practitioner might respond, with the code of that response. */
    record Example(Code code, Map<String, String> text) {
    }

    /**
     * One moment in the conversation.
     *
     * @param typed   {@code null} when the learner can only choose
     * @param outcome for end nodes, what came of the conversation (per language, Markdown); may be empty
     */
    record Node(String id, List<Line> lines, List<Response> responses, Typed typed, boolean end,
                Map<String, String> outcome) {

        Node {
            lines = List.copyOf(lines);
            responses = List.copyOf(responses);
        }

        Optional<Response> response(String id) {
            return responses.stream().filter(response -> response.id().equals(id)).findFirst();
        }
    }

    Optional<Persona> persona(String id) {
        return personas.stream().filter(persona -> persona.id().equals(id)).findFirst();
    }

    /** The text in {@code language}, or else in the first language the text has. */
    static String in(Map<String, String> texts, String language) {
        String text = texts.get(language);
        return text != null ? text : texts.values().stream().findFirst().orElse("");
    }
}
