package nl.kring.genogram;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.kring.api.content.DiagramElement;

/**
 * Writes the elements of {@link GenogramForm} as notation: a title, one {@code person} line per person (new people
 * get an id made from their name), the couples, one {@code children} line per set of parents with the children in
 * the order of the people (twins in brackets), the households and the relationships. A reference to someone who is
 * no longer there is left out, and so is a couple or relationship that loses one of its two people, so the text
 * always reads without errors about unknown people.
 */
final class GenogramWriter {

    private final List<DiagramElement> elements;
    private final Map<DiagramElement, String> ids = new LinkedHashMap<>();
    private final StringBuilder text = new StringBuilder();

    private GenogramWriter(List<DiagramElement> elements) {
        this.elements = List.copyOf(elements);
    }

    static String write(List<DiagramElement> elements) {
        return new GenogramWriter(elements).write();
    }

    private String write() {
        nameThePeople();
        of(GenogramForm.TITLE).stream().limit(1).forEach(title -> line("title " + quoted(title.value("text"))));
        of(GenogramForm.PERSON).forEach(this::person);
        of(GenogramForm.COUPLE).forEach(this::couple);
        children();
        of(GenogramForm.HOUSEHOLD).forEach(household -> {
            List<String> members = people(household.value("members"));
            if (!members.isEmpty()) {
                line("household " + String.join(" ", members));
            }
        });
        of(GenogramForm.RELATION).forEach(relation -> {
            String a = person(relation.value("a"));
            String b = person(relation.value("b"));
            if (!a.isEmpty() && !b.isEmpty() && !relation.value("type").isBlank()) {
                line("relation " + a + " " + b + " " + relation.value("type"));
            }
        });
        return text.toString();
    }

    /** Keeps every person's id; gives a new person one made from their name, unique in the genogram. */
    private void nameThePeople() {
        Set<String> taken = new HashSet<>();
        of(GenogramForm.PERSON).stream().filter(p -> !p.id().isBlank()).forEach(p -> taken.add(p.id()));
        for (DiagramElement person : of(GenogramForm.PERSON)) {
            String id = person.id();
            if (id.isBlank()) {
                String base = slug(person.value("name"));
                id = base;
                for (int n = 2; taken.contains(id); n++) {
                    id = base + "-" + n;
                }
                taken.add(id);
            }
            ids.put(person, id);
        }
    }

    private void person(DiagramElement person) {
        StringBuilder line = new StringBuilder("person ").append(ids.get(person)).append(' ')
                .append(person.value("sex").isBlank() ? "unknown" : person.value("sex"));
        String name = person.value("name").strip();
        if (!name.isEmpty()) {
            line.append(' ').append(quoted(name));
        }
        if (!person.value("born").isBlank()) {
            line.append(" born ").append(person.value("born").strip());
        }
        if ("true".equals(person.value("deceased")) || !person.value("died").isBlank()) {
            line.append(" died").append(person.value("died").isBlank() ? "" : " " + person.value("died").strip());
        }
        if ("true".equals(person.value("index"))) {
            line.append(" index");
        }
        markers(person.value("markers")).forEach(marker -> line.append(' ').append(marker));
        if (!person.value("note").isBlank()) {
            line.append(" note ").append(quoted(person.value("note").strip()));
        }
        line(line.toString());
    }

    private void couple(DiagramElement couple) {
        String a = person(couple.value("a"));
        String b = person(couple.value("b"));
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return;
        }
        StringBuilder line = new StringBuilder("couple ").append(a).append(' ').append(b);
        for (int i = 1; i <= GenogramForm.COUPLE_EVENTS; i++) {
            if (!couple.value("status" + i).isBlank()) {
                line.append(' ').append(couple.value("status" + i));
                if (!couple.value("year" + i).isBlank()) {
                    line.append(' ').append(couple.value("year" + i).strip());
                }
            }
        }
        if (line.toString().equals("couple " + a + " " + b)) {
            line.append(" married");
        }
        line(line.toString());
    }

    /** One line per set of parents, the children in the order of the people, twins together. */
    private void children() {
        Map<String, List<List<DiagramElement>>> families = new LinkedHashMap<>();
        for (DiagramElement person : of(GenogramForm.PERSON)) {
            String parents = parents(person.value("parents"));
            if (parents.isEmpty()) {
                continue;
            }
            List<List<DiagramElement>> births = families.computeIfAbsent(parents, p -> new ArrayList<>());
            String twin = person.value("twin");
            births.stream().filter(birth -> !twin.isBlank() && birth.stream().anyMatch(b -> ids.get(b).equals(twin)))
                    .findFirst().ifPresentOrElse(birth -> birth.add(person), () -> births.add(new ArrayList<>(List.of(person))));
        }
        families.forEach((parents, births) -> {
            List<String> written = new ArrayList<>();
            for (List<DiagramElement> birth : births) {
                List<String> children = birth.stream().map(this::child).toList();
                if (birth.size() == 1) {
                    written.add(children.get(0));
                } else {
                    String kind = birth.stream().map(c -> c.value("twins")).filter(k -> !k.isBlank()).findFirst().orElse("twins");
                    written.add("(" + String.join(", ", children) + ") " + kind);
                }
            }
            line("children " + parents + ": " + String.join(", ", written));
        });
    }

    private String child(DiagramElement person) {
        String kind = person.value("child");
        return ids.get(person) + (kind.equals("adopted") || kind.equals("foster") ? " " + kind : "");
    }

    /** The parents as written after {@code children}: both partners of a couple, or one person. */
    private String parents(String reference) {
        if (reference.isBlank()) {
            return "";
        }
        String parent = person(reference);
        if (!parent.isEmpty()) {
            return parent;
        }
        return of(GenogramForm.COUPLE).stream().filter(c -> c.id().equals(reference)).findFirst().map(c -> {
            String a = person(c.value("a"));
            String b = person(c.value("b"));
            return a.isEmpty() || b.isEmpty() ? "" : a + " " + b;
        }).orElse("");
    }

    /** The id of the person with that id, or empty when there is none. */
    private String person(String id) {
        return ids.containsValue(id.strip()) ? id.strip() : "";
    }

    /** The people in a comma-separated list of ids who are there, each once. */
    private List<String> people(String list) {
        return split(list).stream().filter(ids::containsValue).distinct().toList();
    }

    private static List<String> markers(String list) {
        return split(list).stream().filter(m -> java.util.Arrays.stream(Genogram.Marker.values())
                .anyMatch(marker -> marker.word().equals(m))).distinct().toList();
    }

    private static List<String> split(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private List<DiagramElement> of(String kind) {
        return elements.stream().filter(e -> e.kind().equals(kind)).toList();
    }

    private void line(String line) {
        text.append(line).append('\n');
    }

    static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace('\n', ' ') + '"';
    }

    /** An id from a name: lowercase letters and digits without accents, words joined by {@code -}. */
    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "person" : slug.length() > 30 ? slug.substring(0, 30).replaceAll("-+$", "") : slug;
    }
}
