package nl.kring.roleplay;

import java.io.StringReader;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

import nl.kring.api.activity.ActivityProblem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the role-play keys of an activity file, reporting every problem with its line (1-based; 0 for the whole
 * file), in Kring's {@code message (hint)} style. The envelope keys (id, type, title, module, order, competences)
 * are Kring's and are not checked here.
 */
final class ScenarioReader {

    private static final Set<String> ENVELOPE = Set.of("id", "type", "title", "module", "order", "competences");
    private static final Set<String> KEYS = Set.of("intro", "personas", "start", "nodes");
    private static final Set<String> PERSONA_KEYS = Set.of("id", "name", "role", "age", "situation", "stage");
    private static final Set<String> NODE_KEYS = Set.of("id", "lines", "responses", "typed", "end", "outcome");
    private static final Set<String> LINE_KEYS = Set.of("persona", "talk", "text");
    private static final Set<String> RESPONSE_KEYS = Set.of("id", "code", "text", "feedback", "next", "effect");
    private static final Set<String> TYPED_KEYS = Set.of("examples", "next");
    private static final Set<String> EXAMPLE_KEYS = Set.of("code", "text");
    private static final Set<String> EFFECT_KEYS = Set.of("changeTalk", "sustainTalk", "discord");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?[0-9]+");

    private final List<String> languages;
    private final List<ActivityProblem> problems = new ArrayList<>();
    private final Map<String, Integer> nodeLines = new LinkedHashMap<>();
    private final List<Reference> references = new ArrayList<>();
    /** Nodes already reported for having no responses, not reported again for not reaching an end. */
    private final Set<String> withoutResponses = new HashSet<>();

    /** A {@code next:} from one node to another, with its line. */
    private record Reference(String from, String to, int line) {
    }

    ScenarioReader(List<String> languages) {
        this.languages = languages;
    }

    /** The problems found by {@link #read}, ordered by line. */
    List<ActivityProblem> problems() {
        List<ActivityProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(ActivityProblem::line));
        return sorted;
    }

    /** @return the scenario, also when there are problems (as far as it could be read) */
    Scenario read(String yaml) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            problems.add(new ActivityProblem(e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1,
                    "YAML syntax: " + e.getProblem(), null));
            return empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(new ActivityProblem(1, "expected key: value lines", null));
            return empty();
        }
        Map<String, NodeTuple> entries = entries(mapping);
        entries.forEach((key, tuple) -> {
            if (!ENVELOPE.contains(key) && !KEYS.contains(key)) {
                problems.add(new ActivityProblem(line(tuple), "unknown role-play key '" + key + "'",
                        "role-play keys are " + sorted(KEYS)));
            }
        });
        Map<String, String> intro = texts(entries.get("intro"), "intro", true, 0);
        List<Scenario.Persona> personas = personas(entries.get("personas"));
        Set<String> personaIds = new HashSet<>();
        personas.forEach(persona -> personaIds.add(persona.id()));
        Map<String, Scenario.Node> nodes = nodes(entries.get("nodes"), personaIds);
        String start = start(entries.get("start"));
        for (Reference reference : references) {
            if (!nodeLines.containsKey(reference.to())) {
                problems.add(new ActivityProblem(reference.line(), "next: node '" + reference.to() + "' does not exist",
                        "known nodes are " + String.join(", ", nodeLines.keySet())));
            }
        }
        if (start != null && nodeLines.containsKey(start)) {
            checkGraph(start, entries.get("start"), nodes);
        }
        return new Scenario(intro, personas, start, nodes);
    }

    private static Scenario empty() {
        return new Scenario(Map.of(), List.of(), null, Map.of());
    }

    private String start(NodeTuple tuple) {
        if (tuple == null) {
            problems.add(new ActivityProblem(0, "missing 'start'", "start: <the id of the first node>"));
            return null;
        }
        String start = scalar(tuple);
        if (start == null || start.isEmpty()) {
            problems.add(new ActivityProblem(line(tuple), "'start' needs the id of the first node", null));
            return null;
        }
        if (!nodeLines.containsKey(start)) {
            problems.add(new ActivityProblem(line(tuple), "start node '" + start + "' does not exist",
                    nodeLines.isEmpty() ? "add it under nodes:" : "known nodes are " + String.join(", ", nodeLines.keySet())));
        }
        return start;
    }

    // ---- personas

    private List<Scenario.Persona> personas(NodeTuple tuple) {
        List<Scenario.Persona> personas = new ArrayList<>();
        if (tuple == null || !(tuple.getValueNode() instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problems.add(new ActivityProblem(tuple == null ? 0 : line(tuple), "a role-play needs at least one persona",
                    "personas: [{id: kees, name: Kees, role: client}]"));
            return personas;
        }
        Set<String> ids = new HashSet<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode mapping)) {
                problems.add(new ActivityProblem(line(item), "each persona is a mapping (id:, name:, role:, …)", null));
                continue;
            }
            Map<String, NodeTuple> keys = entries(mapping);
            unknownKeys(keys, PERSONA_KEYS, "persona");
            String id = id(keys.get("id"), mapping, "persona", ids);
            String name = scalar(keys.get("name"));
            if (name == null || name.isEmpty()) {
                problems.add(new ActivityProblem(keys.containsKey("name") ? line(keys.get("name")) : line(mapping),
                        "a persona needs a name", "name: Kees"));
            }
            Role role = known(keys.get("role"), mapping, "role", Role::byId, "roles are " + Role.ids(), true).orElse(Role.OTHER);
            Integer age = age(keys.get("age"));
            Map<String, String> situation = texts(keys.get("situation"), "situation", false, line(mapping));
            Stage stage = known(keys.get("stage"), mapping, "stage", Stage::byId, "stages are " + Stage.ids(), false).orElse(null);
            if (id != null) {
                personas.add(new Scenario.Persona(id, name == null ? id : name, role, age, situation, stage));
            }
        }
        return personas;
    }

    private Integer age(NodeTuple tuple) {
        if (tuple == null) {
            return null;
        }
        String age = scalar(tuple);
        if (age == null || !age.matches("[0-9]{1,3}")) {
            problems.add(new ActivityProblem(line(tuple), "'age' must be a whole number of years", "age: 52"));
            return null;
        }
        return Integer.valueOf(age);
    }

    // ---- nodes

    private Map<String, Scenario.Node> nodes(NodeTuple tuple, Set<String> personas) {
        Map<String, Scenario.Node> nodes = new LinkedHashMap<>();
        if (tuple == null || !(tuple.getValueNode() instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problems.add(new ActivityProblem(tuple == null ? 0 : line(tuple), "a role-play needs nodes:",
                    "nodes: [{id: begin, lines: […], responses: […]}, …]"));
            return nodes;
        }
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode mapping)) {
                problems.add(new ActivityProblem(line(item), "each node is a mapping (id:, lines:, responses:, …)", null));
                continue;
            }
            Scenario.Node node = node(mapping, personas);
            if (node != null && !nodes.containsKey(node.id())) {
                nodes.put(node.id(), node);
            }
        }
        return nodes;
    }

    private Scenario.Node node(MappingNode mapping, Set<String> personas) {
        Map<String, NodeTuple> keys = entries(mapping);
        unknownKeys(keys, NODE_KEYS, "node");
        String id = scalar(keys.get("id"));
        if (id == null || id.isEmpty()) {
            problems.add(new ActivityProblem(line(mapping), "a node needs an id", "id: begin"));
            return null;
        }
        int idLine = line(keys.get("id"));
        if (!SLUG.matcher(id).matches()) {
            problems.add(new ActivityProblem(idLine, "node id '" + id + "' is not a slug",
                    "use lowercase letters, digits and '-', e.g. " + suggestSlug(id)));
        }
        if (nodeLines.containsKey(id)) {
            problems.add(new ActivityProblem(idLine, "node id '" + id + "' is used twice",
                    "the first is on line " + nodeLines.get(id)));
        } else {
            nodeLines.put(id, idLine);
        }
        boolean end = end(keys.get("end"));
        List<Scenario.Line> lines = lines(keys.get("lines"), personas);
        List<Scenario.Response> responses = responses(id, keys.get("responses"));
        Scenario.Typed typed = typed(id, keys.get("typed"));
        Map<String, String> outcome = texts(keys.get("outcome"), "outcome", false, line(mapping));
        if (end) {
            if (keys.containsKey("responses")) {
                problems.add(new ActivityProblem(line(keys.get("responses")), "end node '" + id + "' has responses",
                        "an end node closes the conversation: remove responses: or end: true"));
            }
            if (keys.containsKey("typed")) {
                problems.add(new ActivityProblem(line(keys.get("typed")), "end node '" + id + "' has typed:",
                        "an end node closes the conversation: remove typed: or end: true"));
            }
        } else {
            if (responses.isEmpty()) {
                withoutResponses.add(id);
            }
            if (responses.isEmpty() && !keys.containsKey("responses")) {
                problems.add(new ActivityProblem(idLine, "node '" + id + "' has no responses and is not an end node",
                        "add responses: for the learner to choose from, or end: true"));
            }
            if (lines.isEmpty() && !keys.containsKey("lines")) {
                problems.add(new ActivityProblem(idLine, "node '" + id + "' has no lines",
                        "add lines: with what the persona says before the learner responds"));
            }
            if (keys.containsKey("outcome")) {
                problems.add(new ActivityProblem(line(keys.get("outcome")), "only end nodes have an outcome",
                        "add end: true, or remove outcome:"));
            }
        }
        return new Scenario.Node(id, lines, responses, typed, end, outcome);
    }

    private boolean end(NodeTuple tuple) {
        if (tuple == null) {
            return false;
        }
        String end = scalar(tuple);
        if (!"true".equals(end) && !"false".equals(end)) {
            problems.add(new ActivityProblem(line(tuple), "'end' must be true or false", "end: true"));
            return false;
        }
        return Boolean.parseBoolean(end);
    }

    private List<Scenario.Line> lines(NodeTuple tuple, Set<String> personas) {
        List<Scenario.Line> lines = new ArrayList<>();
        if (tuple == null) {
            return lines;
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problems.add(new ActivityProblem(line(tuple), "'lines' needs at least one line",
                    "lines: [{persona: kees, talk: neutral, text: {nl: …, en: …}}]"));
            return lines;
        }
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode mapping)) {
                problems.add(new ActivityProblem(line(item), "each line is a mapping (persona:, talk:, text:)", null));
                continue;
            }
            Map<String, NodeTuple> keys = entries(mapping);
            unknownKeys(keys, LINE_KEYS, "line");
            String persona = scalar(keys.get("persona"));
            if (persona == null || persona.isEmpty()) {
                problems.add(new ActivityProblem(line(mapping), "a line needs a persona", "persona: <a persona id>"));
            } else if (!personas.contains(persona)) {
                problems.add(new ActivityProblem(line(keys.get("persona")), "unknown persona '" + persona + "'",
                        personas.isEmpty() ? "add it under personas:" : "personas are " + sorted(personas)));
            }
            Talk talk = known(keys.get("talk"), mapping, "talk", Talk::byId, "talk is one of " + Talk.ids(), false).orElse(Talk.NEUTRAL);
            Map<String, String> text = texts(keys.get("text"), "text", true, line(mapping));
            lines.add(new Scenario.Line(persona, talk, text));
        }
        return lines;
    }

    private List<Scenario.Response> responses(String node, NodeTuple tuple) {
        List<Scenario.Response> responses = new ArrayList<>();
        if (tuple == null) {
            return responses;
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problems.add(new ActivityProblem(line(tuple), "'responses' needs at least one response",
                    "responses: [{id: a, code: complex-reflection, text: {…}, feedback: {…}, next: …}]"));
            return responses;
        }
        Set<String> ids = new HashSet<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode mapping)) {
                problems.add(new ActivityProblem(line(item), "each response is a mapping (id:, code:, text:, …)", null));
                continue;
            }
            Map<String, NodeTuple> keys = entries(mapping);
            unknownKeys(keys, RESPONSE_KEYS, "response");
            String id = id(keys.get("id"), mapping, "response", ids);
            Code code = known(keys.get("code"), mapping, "code", Code::byId, "codes are " + Code.ids(), true).orElse(null);
            Map<String, String> text = texts(keys.get("text"), "text", true, line(mapping));
            Map<String, String> feedback = texts(keys.get("feedback"), "feedback", true, line(mapping));
            String next = next(node, keys.get("next"), line(mapping), "a response");
            Scenario.Effect effect = effect(keys.get("effect"));
            if (id != null) {
                responses.add(new Scenario.Response(id, code, text, feedback, next, effect));
            }
        }
        return responses;
    }

    private Scenario.Typed typed(String node, NodeTuple tuple) {
        if (tuple == null) {
            return null;
        }
        if (!(tuple.getValueNode() instanceof MappingNode mapping)) {
            problems.add(new ActivityProblem(line(tuple), "'typed' is a mapping (examples:, next:)", null));
            return null;
        }
        Map<String, NodeTuple> keys = entries(mapping);
        unknownKeys(keys, TYPED_KEYS, "typed");
        List<Scenario.Example> examples = new ArrayList<>();
        NodeTuple list = keys.get("examples");
        if (list == null || !(list.getValueNode() instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problems.add(new ActivityProblem(list == null ? line(tuple) : line(list),
                    "typed: needs at least one example", "examples: [{code: complex-reflection, text: {nl: …, en: …}}]"));
        } else {
            for (Node item : sequence.getValue()) {
                if (!(item instanceof MappingNode example)) {
                    problems.add(new ActivityProblem(line(item), "each example is a mapping (code:, text:)", null));
                    continue;
                }
                Map<String, NodeTuple> exampleKeys = entries(example);
                unknownKeys(exampleKeys, EXAMPLE_KEYS, "example");
                Code code = known(exampleKeys.get("code"), example, "code", Code::byId, "codes are " + Code.ids(), true).orElse(null);
                examples.add(new Scenario.Example(code, texts(exampleKeys.get("text"), "text", true, line(example))));
            }
        }
        String next = next(node, keys.get("next"), line(tuple), "typed:");
        return new Scenario.Typed(examples, next);
    }

    private String next(String from, NodeTuple tuple, int ownerLine, String what) {
        String next = scalar(tuple);
        if (next == null || next.isEmpty()) {
            int line = tuple != null ? line(tuple) : ownerLine;
            problems.add(new ActivityProblem(line, what + " needs 'next'", "next: <the id of the node it leads to>"));
            return null;
        }
        references.add(new Reference(from, next, line(tuple)));
        return next;
    }

    private Scenario.Effect effect(NodeTuple tuple) {
        if (tuple == null) {
            return Scenario.Effect.NONE;
        }
        if (!(tuple.getValueNode() instanceof MappingNode mapping)) {
            problems.add(new ActivityProblem(line(tuple), "'effect' is a mapping of whole numbers",
                    "effect: {discord: -1, changeTalk: 1}"));
            return Scenario.Effect.NONE;
        }
        Map<String, NodeTuple> keys = entries(mapping);
        Map<String, Integer> values = new HashMap<>();
        keys.forEach((key, value) -> {
            if (!EFFECT_KEYS.contains(key)) {
                problems.add(new ActivityProblem(line(value), "unknown effect '" + key + "'", "effects are " + sorted(EFFECT_KEYS)));
                return;
            }
            String number = scalar(value);
            if (number == null || !WHOLE_NUMBER.matcher(number).matches() || number.length() > 4) {
                problems.add(new ActivityProblem(line(value), "effect '" + key + "' must be a whole number", key + ": -1"));
                return;
            }
            values.put(key, Integer.valueOf(number.replace("+", "")));
        });
        return new Scenario.Effect(values.getOrDefault("changeTalk", 0), values.getOrDefault("sustainTalk", 0),
                values.getOrDefault("discord", 0));
    }

    // ---- the graph

    /**
     * Every node must be reachable from the start, and from every reachable node an end must stay reachable: loops
     * are allowed, as long as the learner can always get out of them.
     */
    private void checkGraph(String start, NodeTuple startTuple, Map<String, Scenario.Node> nodes) {
        Map<String, Set<String>> edges = new LinkedHashMap<>();
        nodes.keySet().forEach(id -> edges.put(id, new LinkedHashSet<>()));
        for (Reference reference : references) {
            if (nodes.containsKey(reference.from()) && nodes.containsKey(reference.to())) {
                edges.get(reference.from()).add(reference.to());
            }
        }
        Set<String> reachable = reach(Set.of(start), edges);
        for (String id : nodes.keySet()) {
            if (!reachable.contains(id)) {
                problems.add(new ActivityProblem(nodeLines.get(id), "node '" + id + "' cannot be reached from start '" + start + "'",
                        "lead to it with a next:, or remove it"));
            }
        }
        if (nodes.get(start).end()) {
            problems.add(new ActivityProblem(line(startTuple), "start node '" + start + "' is an end node",
                    "the learner would never respond: start with a node that has responses"));
            return;
        }
        Map<String, Set<String>> reversed = new HashMap<>();
        edges.forEach((from, targets) -> targets.forEach(to -> reversed.computeIfAbsent(to, key -> new HashSet<>()).add(from)));
        Set<String> ends = new HashSet<>();
        nodes.values().stream().filter(Scenario.Node::end).forEach(node -> ends.add(node.id()));
        Set<String> canEnd = reach(ends, reversed);
        if (!canEnd.contains(start)) {
            problems.add(new ActivityProblem(line(startTuple), "no end node can be reached from start '" + start + "'",
                    "give at least one path an end node (end: true)"));
            return;
        }
        for (String id : nodes.keySet()) {
            if (reachable.contains(id) && !canEnd.contains(id) && !withoutResponses.contains(id)) {
                problems.add(new ActivityProblem(nodeLines.get(id), "from node '" + id + "' no end node can be reached",
                        "the conversation would go round forever: let one of the responses in this loop lead towards an end node"));
            }
        }
    }

    private static Set<String> reach(Set<String> from, Map<String, Set<String>> edges) {
        Set<String> seen = new HashSet<>(from);
        Deque<String> todo = new ArrayDeque<>(from);
        while (!todo.isEmpty()) {
            for (String next : edges.getOrDefault(todo.pop(), Set.of())) {
                if (seen.add(next)) {
                    todo.push(next);
                }
            }
        }
        return seen;
    }

    // ---- helpers

    private String id(NodeTuple tuple, MappingNode owner, String what, Set<String> ids) {
        String id = scalar(tuple);
        if (id == null || id.isEmpty()) {
            problems.add(new ActivityProblem(line(owner), "a " + what + " needs an id", null));
            return null;
        }
        if (!SLUG.matcher(id).matches()) {
            problems.add(new ActivityProblem(line(tuple), what + " id '" + id + "' is not a slug",
                    "use lowercase letters, digits and '-', e.g. " + suggestSlug(id)));
        }
        if (!ids.add(id)) {
            problems.add(new ActivityProblem(line(tuple), what + " id '" + id + "' is used twice", null));
        }
        return id;
    }

    private <T> Optional<T> known(NodeTuple tuple, MappingNode owner, String key, Function<String, Optional<T>> lookup,
                                  String hint, boolean required) {
        if (tuple == null) {
            if (required) {
                problems.add(new ActivityProblem(line(owner), "missing '" + key + "'", hint));
            }
            return Optional.empty();
        }
        String value = scalar(tuple);
        Optional<T> found = value == null ? Optional.empty() : lookup.apply(value);
        if (found.isEmpty()) {
            problems.add(new ActivityProblem(line(tuple), "unknown " + key + " '" + (value == null ? "" : value) + "'",
                    hint));
        }
        return found;
    }

    private Map<String, String> texts(NodeTuple tuple, String key, boolean required, int ownerLine) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (tuple == null) {
            if (required) {
                problems.add(new ActivityProblem(ownerLine, "missing '" + key + "'",
                        "give a text per language: " + key + ": {" + String.join(": …, ", languages) + ": …}"));
            }
            return texts;
        }
        if (!(tuple.getValueNode() instanceof MappingNode mapping)) {
            problems.add(new ActivityProblem(line(tuple), "'" + key + "' needs a text per language",
                    key + ": {" + String.join(": …, ", languages) + ": …}"));
            return texts;
        }
        entries(mapping).forEach((language, value) -> texts.put(language, scalar(value)));
        for (String language : languages) {
            if (texts.get(language) == null || texts.get(language).isBlank()) {
                problems.add(new ActivityProblem(line(tuple), "'" + key + "' has no text for language '" + language + "'", null));
            }
        }
        texts.values().removeIf(text -> text == null);
        return texts;
    }

    private void unknownKeys(Map<String, NodeTuple> keys, Set<String> known, String what) {
        keys.forEach((key, value) -> {
            if (!known.contains(key)) {
                problems.add(new ActivityProblem(line(value), "unknown " + what + " key '" + key + "'",
                        what + " keys are " + sorted(known)));
            }
        });
    }

    /** The keys of a mapping; a key given twice is a problem (the first one counts). */
    private Map<String, NodeTuple> entries(MappingNode mapping) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                if (entries.containsKey(key.getValue())) {
                    problems.add(new ActivityProblem(line(tuple), "key '" + key.getValue() + "' is given twice",
                            "the first is on line " + line(entries.get(key.getValue()))));
                } else {
                    entries.put(key.getValue(), tuple);
                }
            }
        }
        return entries;
    }

    private static String sorted(Set<String> keys) {
        return String.join(", ", new TreeSet<>(keys));
    }

    private static String scalar(NodeTuple tuple) {
        return tuple != null && tuple.getValueNode() instanceof ScalarNode scalar ? scalar.getValue().trim() : null;
    }

    private static int line(NodeTuple tuple) {
        return tuple.getKeyNode().getStartMark().getLine() + 1;
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** A suggestion for an id that is not a slug. */
    private static String suggestSlug(String text) {
        String slug = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "begin" : slug;
    }
}
