package nl.kring.learning;

import java.time.Instant;

/** Published when a learner marks a lesson as done; competence tracking will listen to it. */
public record LessonCompleted(long userId, String courseId, String lessonId, String courseVersion, Instant at) {
}
