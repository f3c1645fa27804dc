package nl.kring.coursekit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.kring.api.question.ItemYaml;

/**
 * A quiz item's YAML as question types read it. While the course is checked, shape problems (a list where one value
 * belongs) are reported with their line; the copy kept in the course model reads quietly. Two items are equal when
 * their YAML has the same keys and values, whatever the lines.
 */
final class YamlItem implements ItemYaml {

    private final YamlMap yaml;

    YamlItem(YamlMap yaml) {
        this.yaml = yaml;
    }

    /** The same item for reading after the check. */
    YamlItem detached() {
        return new YamlItem(yaml.detached());
    }

    @Override
    public int line() {
        return yaml.line();
    }

    @Override
    public int lineOf(String key) {
        return yaml.lineOf(key);
    }

    @Override
    public boolean has(String key) {
        return yaml.has(key);
    }

    @Override
    public Set<String> keys() {
        return yaml.keys();
    }

    @Override
    public Optional<String> string(String key) {
        return yaml.string(key);
    }

    @Override
    public List<String> strings(String key) {
        return yaml.strings(key);
    }

    @Override
    public Map<String, String> texts(String key) {
        Map<String, String> texts = new LinkedHashMap<>();
        yaml.map(key).ifPresent(map -> map.keys().forEach(language -> map.string(language).ifPresent(t -> texts.put(language, t))));
        return texts;
    }

    @Override
    public Optional<ItemYaml> map(String key) {
        return yaml.map(key).map(YamlItem::new);
    }

    @Override
    public List<ItemYaml> maps(String key) {
        return yaml.maps(key).stream().<ItemYaml>map(YamlItem::new).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof YamlItem item && yaml.plain().equals(item.yaml.plain());
    }

    @Override
    public int hashCode() {
        return yaml.plain().hashCode();
    }

    @Override
    public String toString() {
        return yaml.file() + ":" + yaml.line();
    }
}
