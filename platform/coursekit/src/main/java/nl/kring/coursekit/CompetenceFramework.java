package nl.kring.coursekit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.kring.api.KringApi;

/** The competences courses may develop, as shipped with the plugin API ({@value KringApi#COMPETENCE_FRAMEWORK}). */
public final class CompetenceFramework {

    private static final List<String> LANGUAGES = List.of("nl", "en");
    private final List<CompetenceLevel> levels;
    private final List<Competence> competences;

    private CompetenceFramework(List<CompetenceLevel> levels, List<Competence> competences) {
        this.levels = List.copyOf(levels);
        this.competences = List.copyOf(competences);
    }

    /** Loads the framework that ships with the API jar. */
    public static CompetenceFramework standard() {
        try (InputStream in = KringApi.class.getResourceAsStream(KringApi.COMPETENCE_FRAMEWORK)) {
            if (in == null) {
                throw new IllegalStateException("competence framework missing from the API jar: " + KringApi.COMPETENCE_FRAMEWORK);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CompetenceFramework parse(String yaml) {
        List<Problem> problems = new ArrayList<>();
        String file = KringApi.COMPETENCE_FRAMEWORK;
        List<Competence> competences = new ArrayList<>();
        List<CompetenceLevel> levels = new ArrayList<>();
        YamlMap.parse(file, yaml, 0, problems).ifPresent(root -> {
            for (YamlMap entry : root.maps("levels")) {
                int number = entry.integer("level", 0);
                if (number != levels.size() + 1) {
                    problems.add(new Problem(file, entry.line(), "levels must be numbered 1, 2, 3 … in order, not " + number, null));
                }
                levels.add(new CompetenceLevel(number, entry.requiredString("id", null), entry.localized("title", LANGUAGES),
                        entry.localized("description", LANGUAGES)));
            }
            if (levels.isEmpty()) {
                problems.add(new Problem(file, 1, "no levels", "levels: - level: 1 …"));
            }
            for (YamlMap entry : root.maps("competences")) {
                competences.add(new Competence(entry.requiredString("id", null),
                        entry.localized("title", LANGUAGES), entry.localized("description", LANGUAGES)));
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("competence framework is invalid: " + problems);
        }
        return new CompetenceFramework(levels, competences);
    }

    /** The levels, lowest first (Miller: knows, knows how, shows how, does). */
    public List<CompetenceLevel> levels() {
        return levels;
    }

    public Optional<CompetenceLevel> level(int number) {
        return number >= 1 && number <= levels.size() ? Optional.of(levels.get(number - 1)) : Optional.empty();
    }

    /** e.g. "1 knows, 2 knows how, 3 shows how, 4 does", for messages. */
    public String levelsExplained() {
        return String.join(", ", levels.stream().map(l -> l.level() + " " + l.id().replace('-', ' ')).toList());
    }

    /** This framework with competences a course or plugin adds (their ids are checked by {@link #readExtension}). */
    public CompetenceFramework extendedWith(List<Competence> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Competence> all = new ArrayList<>(competences);
        more.stream().filter(c -> !contains(c.id())).forEach(all::add);
        return new CompetenceFramework(levels, all);
    }

    /**
     * Reads the competences a course adds ({@code competences.yaml} in its folder): the same format as the framework
     * file, without levels. An id the framework has already, or one given twice, is an error at its line.
     */
    public static List<Competence> readExtension(String file, String yaml, CompetenceFramework base, List<Problem> problems) {
        List<Competence> added = new ArrayList<>();
        YamlMap.parse(file, yaml, 0, problems).ifPresent(root -> {
            root.rejectUnknownKeys(java.util.Set.of("competences"));
            for (YamlMap entry : root.maps("competences")) {
                entry.rejectUnknownKeys(java.util.Set.of("id", "title", "description"));
                String id = entry.requiredString("id", "a lowercase slug such as dual-diagnosis");
                if (id.isEmpty()) {
                    continue;
                }
                if (!Ids.SLUG.matcher(id).matches()) {
                    problems.add(new Problem(file, entry.lineOf("id"), "id '" + id + "' is not a slug", "e.g. dual-diagnosis"));
                } else if (base.contains(id)) {
                    problems.add(new Problem(file, entry.lineOf("id"), "competence '" + id + "' is already in the Kring framework",
                            "use it in your items as it is; add only competences the framework does not have"));
                } else if (added.stream().anyMatch(c -> c.id().equals(id))) {
                    problems.add(new Problem(file, entry.lineOf("id"), "competence '" + id + "' is given twice", null));
                } else {
                    added.add(new Competence(id, entry.localized("title", LANGUAGES), entry.localized("description", LANGUAGES)));
                }
            }
        });
        return added;
    }

    public List<Competence> all() {
        return competences;
    }

    public Optional<Competence> find(String id) {
        return competences.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public boolean contains(String id) {
        return find(id).isPresent();
    }
}
