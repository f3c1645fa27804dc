package nl.kring.assessment;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "quiz_attempt")
class QuizAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Null once the learner was erased: the submitted attempt still counts in the item statistics. */
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "course_id", nullable = false)
    private String courseId;

    @Column(name = "quiz_id", nullable = false)
    private String quizId;

    @Column(name = "course_version", nullable = false)
    private String courseVersion;

    @Column(name = "attempt_number", nullable = false)
    private int attemptNumber;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    private Double score;

    private Boolean passed;

    /** The leaf ids of the questions this attempt asks, in the order shown, comma-separated. */
    @Column(name = "item_order")
    private String itemOrder;

    /** When a timed attempt ends; {@code null} without a time limit. */
    private Instant deadline;

    /** Optimistic lock: of two simultaneous submits (two tabs, a double click) only one grades the attempt. */
    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected QuizAttempt() {
    }

    QuizAttempt(long userId, String courseId, String quizId, String courseVersion, int attemptNumber, Instant startedAt,
                List<String> itemOrder, Instant deadline) {
        this.itemOrder = String.join(",", itemOrder);
        this.deadline = deadline;
        this.userId = userId;
        this.courseId = courseId;
        this.quizId = quizId;
        this.courseVersion = courseVersion;
        this.attemptNumber = attemptNumber;
        this.startedAt = startedAt;
    }

    void submit(double score, boolean passed, Instant at) {
        this.score = score;
        this.passed = passed;
        this.submittedAt = at;
    }

    Long getId() {
        return id;
    }

    /** The learner, or -1 when they were erased. */
    long getUserId() {
        return userId == null ? -1 : userId;
    }

    String getCourseId() {
        return courseId;
    }

    String getQuizId() {
        return quizId;
    }

    String getCourseVersion() {
        return courseVersion;
    }

    int getAttemptNumber() {
        return attemptNumber;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    boolean isSubmitted() {
        return submittedAt != null;
    }

    Double getScore() {
        return score;
    }

    Boolean getPassed() {
        return passed;
    }

    /** The questions asked, in order; empty for attempts started before pools existed (they ask every question). */
    List<String> getItemOrder() {
        return itemOrder == null || itemOrder.isEmpty() ? List.of() : Arrays.asList(itemOrder.split(","));
    }

    Optional<Instant> getDeadline() {
        return Optional.ofNullable(deadline);
    }

    /** Whether the time is up at {@code now}, allowing {@code grace} for an answer that was on its way. */
    boolean isTimeUp(Instant now, java.time.Duration grace) {
        return deadline != null && now.isAfter(deadline.plus(grace));
    }
}
