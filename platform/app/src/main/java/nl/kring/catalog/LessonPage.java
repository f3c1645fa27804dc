package nl.kring.catalog;

import java.util.Optional;

/**
 * A lesson ready to read: sanitized HTML in {@code language}, with its neighbours for previous/next.
 *
 * @param language      the language shown; the course's default when it has no version in the user's language
 * @param courseVersion the version of the course plugin, recorded with progress
 */
public record LessonPage(String courseId, String courseVersion, String courseTitle, String lessonId, String title,
                         String html, String language, int minutes, Optional<LessonRef> previous,
                         Optional<LessonRef> next) {
}
