package nl.kring.api.activity;

import java.util.List;

/**
 * One activity as written in a course: its ids, the course's languages and the full text of its YAML file.
 *
 * @param path      the file inside the course, e.g. {@code activities/gesprek.yaml}
 * @param yaml      the file's text; the activity type parses its own keys from it
 * @param languages the languages the course is written in, the default first; texts should exist in each
 * @since 1.0.0
 */
public record ActivitySource(String courseId, String courseVersion, String activityId, String path, String yaml,
                             List<String> languages) {

    public ActivitySource {
        languages = List.copyOf(languages);
    }
}
