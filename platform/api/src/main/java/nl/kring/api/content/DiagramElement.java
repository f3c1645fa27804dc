package nl.kring.api.content;

import java.util.Map;

/**
 * One element of a diagram as a form shows it.
 *
 * @param kind    the {@link DiagramForm.ElementKind#id()}
 * @param id      how other elements refer to it; empty for an element the learner just added (the plugin gives it an
 *                id when it writes the notation)
 * @param values  field id to value, see {@link DiagramForm.Field}
 * @param name    a short name for reference lists, e.g. "Ernst" or "Ernst & Laura"
 * @param summary one line for the list of elements, e.g. "Ernst — man, born 1968, the client"
 * @since 1.3.0
 */
public record DiagramElement(String kind, String id, Map<String, String> values, String name, String summary) {

    public DiagramElement {
        values = Map.copyOf(values);
        id = id == null ? "" : id;
        name = name == null ? "" : name;
        summary = summary == null ? "" : summary;
    }

    /** A new element as the learner filled it in, before the plugin has named or summarised it. */
    public static DiagramElement added(String kind, Map<String, String> values) {
        return new DiagramElement(kind, "", values, "", "");
    }

    /** The value of a field, empty when not filled in. */
    public String value(String field) {
        return values.getOrDefault(field, "");
    }
}
