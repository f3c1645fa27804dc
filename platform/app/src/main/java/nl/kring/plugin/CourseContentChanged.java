package nl.kring.plugin;

/**
 * Published when a course appears, changes or disappears: installed, upgraded, disabled, uninstalled, or saved
 * by a trainer in live preview. Open pages of that course refresh themselves.
 *
 * @param version the version now shown, or empty when the course is gone
 */
public record CourseContentChanged(String courseId, String version) {
}
