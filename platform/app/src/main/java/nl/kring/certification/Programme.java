package nl.kring.certification;

import java.util.Map;

/**
 * A certification programme as defined in {@code certification-programmes.yaml}.
 *
 * @param title       per language
 * @param requires    competence id to the level needed
 * @param renewalDays how many days before expiry renewal opens (and the learner is reminded)
 */
public record Programme(String id, Map<String, String> title, Map<String, String> description,
                        Map<String, Integer> requires, int validityMonths, int renewalDays, double points, String register) {

    public Programme {
        title = Map.copyOf(title);
        description = Map.copyOf(description);
        requires = Map.copyOf(requires);
    }

    public String title(String language) {
        return title.getOrDefault(language, title.getOrDefault("en", id));
    }

    public String description(String language) {
        return description.getOrDefault(language, description.getOrDefault("en", ""));
    }

    /** Whether these levels (competence id to level) meet every requirement. */
    public boolean metBy(Map<String, Integer> levels) {
        return requires.entrySet().stream().allMatch(r -> levels.getOrDefault(r.getKey(), 0) >= r.getValue());
    }
}
