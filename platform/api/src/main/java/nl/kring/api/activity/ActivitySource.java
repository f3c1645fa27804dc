package nl.kring.api.activity;

/**
 * One activity as written in a course: its ids and the full text of its YAML file.
 *
 * @param path the file inside the course, e.g. {@code activities/gesprek.yaml}
 * @param yaml the file's text; the activity type parses its own keys from it
 * @since 1.0.0
 */
public record ActivitySource(String courseId, String courseVersion, String activityId, String path, String yaml) {
}
