package nl.kring.learning;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A lesson a learner marked as done, with the course version it was done in. */
@Entity
@Table(name = "lesson_progress")
class LessonProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "course_id", nullable = false)
    private String courseId;

    @Column(name = "lesson_id", nullable = false)
    private String lessonId;

    @Column(name = "course_version", nullable = false)
    private String courseVersion;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected LessonProgress() {
    }

    LessonProgress(long userId, String courseId, String lessonId, String courseVersion, Instant completedAt) {
        this.userId = userId;
        this.courseId = courseId;
        this.lessonId = lessonId;
        this.courseVersion = courseVersion;
        this.completedAt = completedAt;
    }

    String getCourseId() {
        return courseId;
    }

    String getLessonId() {
        return lessonId;
    }

    Instant getCompletedAt() {
        return completedAt;
    }
}
