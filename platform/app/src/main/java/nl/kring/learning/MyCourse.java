package nl.kring.learning;

import java.time.Instant;
import java.util.Optional;

import nl.kring.catalog.LessonRef;

/** An enrolled course on "My learning": progress and where to continue. */
public record MyCourse(String courseId, String title, String summary, CourseProgress progress,
                       Optional<LessonRef> continueWith, Instant enrolledAt) {
}
