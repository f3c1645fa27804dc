package nl.kring.learning;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One play of a stepwise activity: the activity's state after the learner's last move, and the result at the end. */
@Entity
@Table(name = "activity_attempt")
class ActivityAttempt {

    /** The most state an activity may keep (the column's size). */
    static final int MAX_STATE = 65_536;

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

    @Column(name = "attempt_number", nullable = false)
    private int attemptNumber;

    @Column(nullable = false, length = MAX_STATE)
    private String state;

    /** Unsent input for the current step, or null. */
    @Column(length = MAX_STATE)
    private String draft;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    private Double score;

    /** Optimistic lock: two tabs moving at once cannot both write the state. */
    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected ActivityAttempt() {
    }

    ActivityAttempt(long userId, String courseId, String activityId, String courseVersion, int attemptNumber, Instant at) {
        this.userId = userId;
        this.courseId = courseId;
        this.activityId = activityId;
        this.courseVersion = courseVersion;
        this.attemptNumber = attemptNumber;
        this.state = "";
        this.startedAt = at;
        this.updatedAt = at;
    }

    void moveTo(String newState, Instant at) {
        if (newState.length() > MAX_STATE) {
            throw new IllegalStateException("the activity's state is larger than " + MAX_STATE + " characters");
        }
        this.state = newState;
        this.draft = null;
        this.updatedAt = at;
    }

    /** Keeps what the learner has not sent yet; an empty draft removes it. */
    void keepDraft(String text, Instant at) {
        if (text.length() > MAX_STATE) {
            throw new IllegalArgumentException("the draft is larger than " + MAX_STATE + " characters");
        }
        this.draft = text.isEmpty() ? null : text;
        this.updatedAt = at;
    }

    String getDraft() {
        return draft == null ? "" : draft;
    }

    void finish(double finalScore, Instant at) {
        this.score = finalScore;
        this.finishedAt = at;
    }

    Long getId() {
        return id;
    }

    long getUserId() {
        return userId;
    }

    String getCourseId() {
        return courseId;
    }

    String getActivityId() {
        return activityId;
    }

    String getCourseVersion() {
        return courseVersion;
    }

    int getAttemptNumber() {
        return attemptNumber;
    }

    String getState() {
        return state;
    }

    boolean isFinished() {
        return finishedAt != null;
    }

    Instant getFinishedAt() {
        return finishedAt;
    }
}
