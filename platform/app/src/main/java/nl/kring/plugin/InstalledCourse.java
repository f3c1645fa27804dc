package nl.kring.plugin;

import java.io.IOException;
import java.util.Optional;

import nl.kring.coursekit.CourseFiles;
import nl.kring.coursekit.CoursePackage;

/**
 * A course that passed every check, with where its files come from: an installed plugin jar, or — in live
 * preview — the folder a trainer is editing.
 *
 * @param version the plugin version; a previewed course carries a revision ({@code 1.1.0+preview.3}) so every save
 *                renders afresh
 */
public record InstalledCourse(String pluginId, String version, CourseFiles files, CoursePackage course) {

    public String courseId() {
        return course.descriptor().id();
    }

    /**
     * The URL under which a media file of this course is served, relative to the application root;
     * the version in the URL lets browsers cache it until the course changes.
     */
    public String mediaUrl(String path) {
        return CourseMediaController.PREFIX.substring(1) + "/" + courseId() + "/" + version + "/" + path;
    }

    /** A file from the course folder (images and other media). */
    Optional<byte[]> file(String path) throws IOException {
        return files.read(path);
    }
}
