package nl.kring.worksheet;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.kring.api.activity.ActivityProblem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads the worksheet keys of an activity file, reporting problems with their line. */
final class WorksheetReader {

    private static final Set<String> ENVELOPE = Set.of("id", "type", "title", "module", "order", "competences");
    private static final Set<String> KEYS = Set.of("intro", "case", "fields");
    private static final Set<String> FIELD_KEYS = Set.of("id", "label", "expect", "model");
    private final List<String> languages;
    private final List<ActivityProblem> problems = new ArrayList<>();

    WorksheetReader(List<String> languages) {
        this.languages = languages;
    }

    List<ActivityProblem> problems() {
        return problems;
    }

    /** @return the worksheet, also when there are problems (as far as it could be read) */
    Worksheet read(String yaml) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            problems.add(new ActivityProblem(e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1,
                    "YAML syntax: " + e.getProblem(), null));
            return new Worksheet(Map.of(), Map.of(), List.of());
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(new ActivityProblem(1, "expected key: value lines", null));
            return new Worksheet(Map.of(), Map.of(), List.of());
        }
        Map<String, NodeTuple> entries = entries(mapping);
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!ENVELOPE.contains(entry.getKey()) && !KEYS.contains(entry.getKey())) {
                problems.add(new ActivityProblem(line(entry.getValue()), "unknown worksheet key '" + entry.getKey() + "'",
                        "worksheet keys are case, fields, intro"));
            }
        }
        Map<String, String> intro = texts(entries.get("intro"), "intro", true);
        Map<String, String> story = texts(entries.get("case"), "case", false);
        List<Worksheet.Field> fields = fields(entries.get("fields"), line(mapping));
        return new Worksheet(intro, story, fields);
    }

    private List<Worksheet.Field> fields(NodeTuple tuple, int worksheetLine) {
        List<Worksheet.Field> fields = new ArrayList<>();
        if (tuple == null || !(tuple.getValueNode() instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problems.add(new ActivityProblem(tuple == null ? worksheetLine : line(tuple), "a worksheet needs fields:",
                    "add fields: with at least one entry (- id: …, label: {…})"));
            return fields;
        }
        Set<String> ids = new HashSet<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode field)) {
                problems.add(new ActivityProblem(item.getStartMark().getLine() + 1, "each field is a mapping (id:, label:, …)", null));
                continue;
            }
            Map<String, NodeTuple> keys = entries(field);
            keys.forEach((key, value) -> {
                if (!FIELD_KEYS.contains(key)) {
                    problems.add(new ActivityProblem(line(value), "unknown field key '" + key + "'", "field keys are expect, id, label, model"));
                }
            });
            String id = scalar(keys.get("id"));
            if (id == null || id.isBlank()) {
                problems.add(new ActivityProblem(line(field), "a field needs an id", null));
                continue;
            }
            if (!ids.add(id)) {
                problems.add(new ActivityProblem(line(keys.get("id")), "field id '" + id + "' is used twice", null));
            }
            fields.add(new Worksheet.Field(id, texts(keys.get("label"), "label", true), lists(keys.get("expect")),
                    texts(keys.get("model"), "model", false)));
        }
        return fields;
    }

    private Map<String, String> texts(NodeTuple tuple, String key, boolean required) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (tuple == null) {
            if (required) {
                problems.add(new ActivityProblem(0, "missing '" + key + "'", "give a text per language: " + key + ": {nl: …, en: …}"));
            }
            return texts;
        }
        if (!(tuple.getValueNode() instanceof MappingNode mapping)) {
            problems.add(new ActivityProblem(line(tuple), "'" + key + "' needs a text per language", key + ": {nl: …, en: …}"));
            return texts;
        }
        entries(mapping).forEach((language, value) -> texts.put(language, scalar(value)));
        for (String language : languages) {
            if (texts.get(language) == null || texts.get(language).isBlank()) {
                problems.add(new ActivityProblem(line(tuple), "'" + key + "' has no text for language '" + language + "'", null));
            }
        }
        return texts;
    }

    private Map<String, List<String>> lists(NodeTuple tuple) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        if (tuple == null) {
            return lists;
        }
        if (!(tuple.getValueNode() instanceof MappingNode mapping)) {
            problems.add(new ActivityProblem(line(tuple), "'expect' needs a list of key points per language",
                    "expect: {nl: [ruzie|conflict, geld], en: [argument|conflict, money]}"));
            return lists;
        }
        entries(mapping).forEach((language, value) -> {
            List<String> points = new ArrayList<>();
            if (value.getValueNode() instanceof SequenceNode sequence) {
                sequence.getValue().stream().filter(ScalarNode.class::isInstance)
                        .forEach(point -> points.add(((ScalarNode) point).getValue().trim()));
            } else {
                problems.add(new ActivityProblem(line(value), "expect." + language + " must be a list", null));
            }
            lists.put(language, points);
        });
        return lists;
    }

    private static Map<String, NodeTuple> entries(MappingNode mapping) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                entries.put(key.getValue(), tuple);
            }
        }
        return entries;
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
}
