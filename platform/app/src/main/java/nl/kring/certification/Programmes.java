package nl.kring.certification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.kring.coursekit.CompetenceFramework;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The certification programmes, read and checked: levels against the framework's, competences against the
 * framework (a competence a course adds is accepted with a warning, as courses are installed later).
 */
public final class Programmes {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Programmes.class);

    private final List<Programme> all;

    Programmes(List<Programme> all) {
        this.all = List.copyOf(all);
    }

    public List<Programme> all() {
        return all;
    }

    public Optional<Programme> find(String id) {
        return all.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Reads the file; a mistake stops with what and where. */
    static Programmes read(InputStream in, String name, CompetenceFramework framework) {
        Object root;
        try (in) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("programmes") instanceof List<?> list)) {
            throw new IllegalStateException(name + ": needs 'programmes:', a list of programmes");
        }
        List<Programme> programmes = new ArrayList<>();
        for (Object entry : list) {
            Programme programme = programme(entry, name, framework);
            if (programmes.stream().anyMatch(p -> p.id().equals(programme.id()))) {
                throw new IllegalStateException(name + ": programme '" + programme.id() + "' is defined twice");
            }
            programmes.add(programme);
        }
        return new Programmes(programmes);
    }

    private static Programme programme(Object entry, String name, CompetenceFramework framework) {
        if (!(entry instanceof Map<?, ?> p) || !(p.get("id") instanceof String id) || !id.matches("[a-z0-9-]+")) {
            throw new IllegalStateException(name + ": every programme needs an id (lowercase letters, digits, -)");
        }
        String where = name + ": programme '" + id + "'";
        if (!(p.get("requires") instanceof Map<?, ?> requires) || requires.isEmpty()) {
            throw new IllegalStateException(where + " needs 'requires:', competences with the level needed");
        }
        Map<String, Integer> levels = new LinkedHashMap<>();
        requires.forEach((competence, level) -> {
            if (!String.valueOf(competence).matches("[a-z0-9-]+")) {
                throw new IllegalStateException(where + " requires '" + competence + "', which is not a competence id");
            }
            if (!framework.contains(String.valueOf(competence))) {
                LOG.warn("{} requires competence '{}', which is not in the Kring framework: it must come from an installed"
                        + " course (competences.yaml), or the programme cannot be met", where, competence);
            }
            if (!(level instanceof Integer l) || framework.level(l).isEmpty()) {
                throw new IllegalStateException(where + ": the level for " + competence + " must be one of "
                        + framework.levelsExplained());
            }
            levels.put(String.valueOf(competence), l);
        });
        int months = positive(p.get("validityMonths"), where + ": validityMonths");
        int renewal = positive(p.get("renewalWindowDays"), where + ": renewalWindowDays");
        double points = p.get("points") instanceof Number n ? n.doubleValue() : 0;
        String register = p.get("register") instanceof String r ? r : "";
        return new Programme(id, texts(p.get("title"), where + ": title"), texts(p.get("description"), null), levels,
                months, renewal, points, register);
    }

    private static int positive(Object value, String what) {
        if (!(value instanceof Integer i) || i <= 0) {
            throw new IllegalStateException(what + " must be a whole number above 0");
        }
        return i;
    }

    private static Map<String, String> texts(Object value, String requiredWhat) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> texts.put(String.valueOf(k), String.valueOf(v).strip()));
        }
        if (requiredWhat != null && texts.isEmpty()) {
            throw new IllegalStateException(requiredWhat + " is missing ({nl: …, en: …})");
        }
        return texts;
    }
}
