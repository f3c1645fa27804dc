package nl.kring.coursekit;

import java.util.Map;

/**
 * A practice activity from {@code activities/<name>.yaml}, handled by the activity-type plugin named in
 * {@code type} (role-play, genogram, …). Kring reads the common envelope; the plugin reads the rest.
 */
public record Activity(String id, String path, String type, LocalizedText title, String module, int order,
                       Map<String, Integer> competences) {

    public Activity {
        competences = Map.copyOf(competences);
    }
}
