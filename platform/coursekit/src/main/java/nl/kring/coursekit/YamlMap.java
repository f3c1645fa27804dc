package nl.kring.coursekit;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read with line numbers, so that every problem can point at {@code file:line}.
 * Values are read as plain strings, lists of strings or nested mappings; nothing is instantiated
 * from tags (safe against YAML deserialisation tricks).
 */
final class YamlMap {

    private final String file;
    private final int lineOffset;
    private final int line;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final List<Problem> problems;
    private final MappingNode node;

    private YamlMap(String file, int lineOffset, MappingNode node, List<Problem> problems) {
        this.file = file;
        this.node = node;
        this.lineOffset = lineOffset;
        this.line = node.getStartMark().getLine() + 1 + lineOffset;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                entries.put(key.getValue(), tuple);
            }
        }
    }

    /**
     * Parses {@code text} as one YAML mapping.
     *
     * @param lineOffset lines before {@code text} in the file (front matter starts after the {@code ---} line)
     * @return the mapping, or empty after adding a problem when the text is not a YAML mapping
     */
    static Optional<YamlMap> parse(String file, String text, int lineOffset, List<Problem> problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root instanceof MappingNode mapping) {
                return Optional.of(new YamlMap(file, lineOffset, mapping, problems));
            }
            problems.add(new Problem(file, lineOffset + 1, "expected a YAML mapping (key: value lines)", null));
        } catch (MarkedYAMLException e) {
            int at = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            problems.add(new Problem(file, at + lineOffset, "YAML syntax: " + e.getProblem(),
                    "check indentation and quote values that contain ':' or '#'"));
        } catch (RuntimeException e) {
            problems.add(new Problem(file, lineOffset + 1, "YAML cannot be read: " + e.getMessage(), null));
        }
        return Optional.empty();
    }

    /**
     * Reads every {@code <folder>/<name>.yaml} of a course (not in sub-folders) with {@code reader}, which returns
     * what it made of the file, if anything.
     */
    static <T> java.util.List<T> readEach(CourseFiles files, java.util.List<String> paths, String folder,
                                         java.util.List<Problem> problems,
                                         java.util.function.BiFunction<String, YamlMap, Optional<T>> reader)
            throws java.io.IOException {
        java.util.List<T> read = new ArrayList<>();
        for (String path : paths) {
            if (isYamlIn(path, folder)) {
                String text = new String(files.read(path).orElseThrow(), java.nio.charset.StandardCharsets.UTF_8);
                parse(path, text, 0, problems).flatMap(yaml -> reader.apply(path, yaml)).ifPresent(read::add);
            }
        }
        return read;
    }

    /** Whether {@code path} is a YAML file directly in {@code folder}, e.g. {@code quizzes/toets.yaml}. */
    static boolean isYamlIn(String path, String folder) {
        return path.startsWith(folder + "/") && path.endsWith(".yaml") && path.indexOf('/', folder.length() + 1) < 0;
    }

    String file() {
        return file;
    }

    int line() {
        return line;
    }

    int lineOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line : tuple.getKeyNode().getStartMark().getLine() + 1 + lineOffset;
    }

    /** Whether {@code key} holds a list ({@code [a, b]} or {@code - a} lines). */
    boolean isList(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple != null && tuple.getValueNode() instanceof SequenceNode;
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    java.util.Set<String> keys() {
        return java.util.Collections.unmodifiableSet(entries.keySet());
    }

    /** This mapping with a problem list of its own that forgets what it is given: for reading after the check. */
    YamlMap detached() {
        return new YamlMap(file, lineOffset, node, new java.util.AbstractList<>() {
            @Override
            public Problem get(int index) {
                throw new IndexOutOfBoundsException(index);
            }

            @Override
            public int size() {
                return 0;
            }

            @Override
            public void add(int index, Problem problem) {
                // read after the check: shape problems were reported then
            }
        });
    }

    /** The mapping as plain Java values (maps, lists, strings), to compare two versions of an item. */
    Object plain() {
        return plain(node);
    }

    private static Object plain(Node node) {
        if (node instanceof MappingNode mapping) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                values.put(tuple.getKeyNode() instanceof ScalarNode key ? key.getValue() : "?", plain(tuple.getValueNode()));
            }
            return values;
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue().stream().map(YamlMap::plain).toList();
        }
        return node instanceof ScalarNode scalar ? scalar.getValue().trim() : "";
    }

    Optional<String> string(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue().trim());
        }
        problems.add(new Problem(file, lineOf(key), "'" + key + "' must be a single value", null));
        return Optional.empty();
    }

    String requiredString(String key, String hint) {
        Optional<String> value = string(key);
        if (value.isEmpty() || value.get().isEmpty()) {
            if (!entries.containsKey(key) || value.isPresent()) {
                problems.add(new Problem(file, lineOf(key), "missing '" + key + "'", hint));
            }
            return "";
        }
        return value.get();
    }

    int integer(String key, int defaultValue) {
        return string(key).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                problems.add(new Problem(file, lineOf(key), "'" + key + "' must be a whole number, not '" + v + "'", null));
                return defaultValue;
            }
        }).orElse(defaultValue);
    }

    /** A yes/no value; {@code null} when absent, a problem when it is not {@code true} or {@code false}. */
    Boolean bool(String key) {
        return string(key).map(v -> {
            if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
                return Boolean.valueOf(v);
            }
            problems.add(new Problem(file, lineOf(key), "'" + key + "' must be true or false, not '" + v + "'", null));
            return null;
        }).orElse(null);
    }

    double decimal(String key, double defaultValue) {
        return string(key).map(v -> {
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                problems.add(new Problem(file, lineOf(key), "'" + key + "' must be a number, not '" + v + "'", null));
                return defaultValue;
            }
        }).orElse(defaultValue);
    }

    /** A list of plain values, written either as {@code [a, b]} or as {@code - a} lines. */
    List<String> strings(String key) {
        NodeTuple tuple = entries.get(key);
        List<String> values = new ArrayList<>();
        if (tuple == null) {
            return values;
        }
        if (tuple.getValueNode() instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    values.add(scalar.getValue().trim());
                } else {
                    problems.add(new Problem(file, item.getStartMark().getLine() + 1 + lineOffset,
                            "items of '" + key + "' must be single values", null));
                }
            }
        } else {
            problems.add(new Problem(file, lineOf(key), "'" + key + "' must be a list, e.g. [a, b]", null));
        }
        return values;
    }

    Optional<YamlMap> map(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(file, lineOffset, mapping, problems));
        }
        problems.add(new Problem(file, lineOf(key), "'" + key + "' must be a mapping (nested key: value lines)", null));
        return Optional.empty();
    }

    /** A list of mappings, e.g. the {@code modules:} of a course. */
    List<YamlMap> maps(String key) {
        NodeTuple tuple = entries.get(key);
        List<YamlMap> values = new ArrayList<>();
        if (tuple == null) {
            return values;
        }
        if (tuple.getValueNode() instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof MappingNode mapping) {
                    values.add(new YamlMap(file, lineOffset, mapping, problems));
                } else {
                    problems.add(new Problem(file, item.getStartMark().getLine() + 1 + lineOffset,
                            "items of '" + key + "' must be mappings (key: value)", null));
                }
            }
        } else {
            problems.add(new Problem(file, lineOf(key), "'" + key + "' must be a list of entries starting with '- '", null));
        }
        return values;
    }

    /** A text per language, e.g. {@code title: {nl: ..., en: ...}}; reports each language that is missing. */
    LocalizedText localized(String key, List<String> languages) {
        Map<String, String> texts = new LinkedHashMap<>();
        Optional<YamlMap> map = map(key);
        if (map.isEmpty()) {
            if (!has(key)) {
                problems.add(new Problem(file, line, "missing '" + key + "'",
                        "give a text per language, e.g. " + key + ": {nl: ..., en: ...}"));
            }
            return new LocalizedText(texts);
        }
        for (String language : map.get().keys()) {
            map.get().string(language).ifPresent(text -> texts.put(language, text));
        }
        for (String language : languages) {
            if (!texts.containsKey(language) || texts.get(language).isBlank()) {
                problems.add(new Problem(file, lineOf(key), "'" + key + "' has no text for language '" + language + "'",
                        "add " + language + ": ... under " + key));
            }
        }
        return new LocalizedText(texts);
    }

    /** Reports keys this file does not know, which are usually typos. */
    void rejectUnknownKeys(java.util.Set<String> known) {
        for (String key : entries.keySet()) {
            if (!known.contains(key)) {
                problems.add(new Problem(file, lineOf(key), "unknown key '" + key + "'",
                        "known keys are " + String.join(", ", new java.util.TreeSet<>(known))));
            }
        }
    }
}
