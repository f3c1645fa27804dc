package nl.kring.genogram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.kring.api.activity.ActivityProblem;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A read exercise ({@code type: genogram-read}): a genogram (or network map) and questions about it, each with
 * options, one right, and feedback. Read from the activity file with the lines of every problem.
 */
record ReadExercise(Map<String, String> intro, String notation, String diagramLanguage, List<Question> questions) {

    /** One question. */
    record Question(String id, Map<String, String> text, List<Option> options) {
    }

    /** One option; {@code feedback} may be empty. */
    record Option(String id, Map<String, String> text, boolean correct, Map<String, String> feedback) {
    }

    private static final Set<String> KEYS = Set.of("id", "type", "title", "module", "order", "competences", "intro",
            "genogram", "network-map", "questions");

    /** Reads the file; problems go to {@code problems} with their line. */
    static Optional<ReadExercise> read(String yaml, List<String> languages, List<ActivityProblem> problems) {
        Optional<MappingNode> root = YamlNodes.root(yaml, problems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Map<String, NodeTuple> entries = entries(root.get());
        entries.forEach((key, tuple) -> {
            if (!KEYS.contains(key)) {
                problems.add(new ActivityProblem(line(tuple.getKeyNode()), "unknown key '" + key + "'",
                        "a read exercise has intro, genogram (or network-map) and questions"));
            }
        });
        String diagramLanguage = entries.containsKey("network-map") ? "network-map" : "genogram";
        NodeTuple diagram = entries.get(diagramLanguage);
        String notation = "";
        if (diagram == null || !(diagram.getValueNode() instanceof ScalarNode scalar)) {
            problems.add(new ActivityProblem(1, "no genogram to read", "genogram: | followed by the notation, indented"));
        } else {
            notation = scalar.getValue();
            int first = line(scalar) + (scalar.getScalarStyle().getChar() != null ? 1 : 0);
            for (Problem problem : Genograms.check(notation, diagramLanguage)) {
                if (problem.isError()) {
                    problems.add(new ActivityProblem(first + problem.line() - 1, problem.message(), problem.hint()));
                }
            }
        }
        Map<String, String> intro = texts(entries.get("intro"), "intro", languages, problems, false);
        List<Question> questions = new ArrayList<>();
        NodeTuple list = entries.get("questions");
        if (list == null || !(list.getValueNode() instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problems.add(new ActivityProblem(list == null ? 1 : line(list.getKeyNode()), "no questions",
                    "questions: - {id: a, text: {…}, options: [...]}"));
        } else {
            Set<String> ids = new HashSet<>();
            for (Node node : sequence.getValue()) {
                question(node, languages, problems, ids).ifPresent(questions::add);
            }
        }
        return Optional.of(new ReadExercise(intro, notation, diagramLanguage, questions));
    }

    private static Optional<Question> question(Node node, List<String> languages, List<ActivityProblem> problems, Set<String> ids) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(new ActivityProblem(line(node), "a question needs id, text and options", null));
            return Optional.empty();
        }
        Map<String, NodeTuple> entries = entries(mapping);
        String id = scalar(entries.get("id"));
        if (id.isEmpty() || !ids.add(id)) {
            problems.add(new ActivityProblem(line(node), id.isEmpty() ? "a question without id" : "question id '" + id + "' is used twice", null));
        }
        Map<String, String> text = texts(entries.get("text"), "text", languages, problems, true);
        List<Option> options = new ArrayList<>();
        if (entries.get("options") != null && entries.get("options").getValueNode() instanceof SequenceNode sequence) {
            for (Node optionNode : sequence.getValue()) {
                if (optionNode instanceof MappingNode option) {
                    Map<String, NodeTuple> o = entries(option);
                    options.add(new Option(scalar(o.get("id")), texts(o.get("text"), "text", languages, problems, true),
                            "true".equals(scalar(o.get("correct"))), texts(o.get("feedback"), "feedback", languages, problems, false)));
                }
            }
        }
        long right = options.stream().filter(Option::correct).count();
        if (options.size() < 2 || right != 1) {
            problems.add(new ActivityProblem(line(node), "question '" + id + "' needs two or more options with exactly one correct: true",
                    null));
        }
        return Optional.of(new Question(id, text, options));
    }

    private static Map<String, String> texts(NodeTuple tuple, String key, List<String> languages, List<ActivityProblem> problems,
                                             boolean required) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (tuple == null) {
            return texts;
        }
        if (tuple.getValueNode() instanceof MappingNode mapping) {
            entries(mapping).forEach((language, value) -> texts.put(language, scalar(value)));
        }
        if (required || !texts.isEmpty()) {
            for (String language : languages) {
                if (texts.getOrDefault(language, "").isBlank()) {
                    problems.add(new ActivityProblem(line(tuple.getKeyNode()), "'" + key + "' has no text for language '" + language + "'",
                            null));
                }
            }
        }
        return texts;
    }

    private static Map<String, NodeTuple> entries(MappingNode mapping) {
        return YamlNodes.entries(mapping);
    }

    private static String scalar(NodeTuple tuple) {
        return tuple != null && tuple.getValueNode() instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    static String text(Map<String, String> texts, String language, String fallback) {
        String text = texts.get(language);
        return text == null || text.isBlank() ? texts.getOrDefault(fallback, "") : text;
    }
}
