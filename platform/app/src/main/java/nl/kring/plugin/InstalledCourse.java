package nl.kring.plugin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import nl.kring.coursekit.CoursePackage;
import nl.kring.coursekit.JarCourseFiles;

/** A course plugin that passed every check, with the course it contains and the jar it came from. */
public record InstalledCourse(String pluginId, String version, Path jar, CoursePackage course) {

    public String courseId() {
        return course.descriptor().id();
    }

    /**
     * The URL under which a media file of this course is served, relative to the application root;
     * the version in the URL lets browsers cache it until the course is upgraded.
     */
    public String mediaUrl(String path) {
        return CourseMediaController.PREFIX.substring(1) + "/" + courseId() + "/" + version + "/" + path;
    }

    /** A file from the course folder inside the jar (images and other media). */
    Optional<byte[]> file(String path) throws IOException {
        return new JarCourseFiles(jar).read(path);
    }
}
