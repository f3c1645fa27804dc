package nl.kring.genogram;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.kring.api.activity.ActivityProblem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reading an exercise file as YAML nodes, which keep their lines (nothing is instantiated from tags). */
final class YamlNodes {

    private YamlNodes() {
    }

    /** The file's top-level mapping, or empty after adding a problem. */
    static Optional<MappingNode> root(String yaml, List<ActivityProblem> problems) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(new StringReader(yaml));
        } catch (RuntimeException e) {
            problems.add(new ActivityProblem(1, "the file cannot be read as YAML: " + e.getMessage(), null));
            return Optional.empty();
        }
        if (root instanceof MappingNode mapping) {
            return Optional.of(mapping);
        }
        problems.add(new ActivityProblem(1, "expected key: value lines", null));
        return Optional.empty();
    }

    /** The entries of a mapping by key, in the order written. */
    static Map<String, NodeTuple> entries(MappingNode mapping) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                entries.put(key.getValue(), tuple);
            }
        }
        return entries;
    }
}
