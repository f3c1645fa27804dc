package nl.kring.learning;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A trainer's assessment of a learner's live or recorded performance of an activity (an observed role-play). */
@Entity
@Table(name = "activity_observation")
class ActivityObservation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "course_id", nullable = false)
    private String courseId;

    @Column(name = "activity_id", nullable = false)
    private String activityId;

    @Column(name = "course_version", nullable = false)
    private String courseVersion;

    @Column(name = "observer_id")
    private Long observerId;

    /** The form's answers as the trainer gave them, one {@code id=value} per line, to recompute later. */
    @Column(nullable = false, length = 8000)
    private String answers;

    @Column(nullable = false)
    private double score;

    @Column(nullable = false, length = 16000)
    private String feedback;

    @Column(name = "observed_at", nullable = false)
    private Instant observedAt;

    protected ActivityObservation() {
    }

    ActivityObservation(long userId, String courseId, String activityId, String courseVersion, long observerId,
                        Map<String, String> answers, double score, String feedback, Instant at) {
        this.userId = userId;
        this.courseId = courseId;
        this.activityId = activityId;
        this.courseVersion = courseVersion;
        this.observerId = observerId;
        StringBuilder lines = new StringBuilder();
        new TreeMap<>(answers).forEach((key, value) -> lines.append(key).append('=').append(value.replace('\n', ' ')).append('\n'));
        this.answers = lines.length() > 8000 ? lines.substring(0, 8000) : lines.toString();
        this.score = score;
        this.feedback = feedback.length() > 16000 ? feedback.substring(0, 15999) + "…" : feedback;
        this.observedAt = at;
    }

    Long getId() {
        return id;
    }

    long getUserId() {
        return userId;
    }

    Long getObserverId() {
        return observerId;
    }

    double getScore() {
        return score;
    }

    String getFeedback() {
        return feedback;
    }

    Instant getObservedAt() {
        return observedAt;
    }
}
