package nl.kring.learning;

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
import nl.kring.api.activity.ActivityBlock;

/** A typed answer from a finished activity, waiting for a trainer's code and comment. */
@Entity
@Table(name = "activity_review")
class ActivityReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    @Column(name = "request_id", nullable = false)
    private String requestId;

    @Column(nullable = false, length = 8000)
    private String context;

    @Column(nullable = false, length = 8000)
    private String response;

    @Column(name = "self_code", nullable = false)
    private String selfCode;

    /** The codes to choose from, as the learner saw them: one {@code id<US>label} per line. */
    @Column(nullable = false, length = 4000)
    private String codes;

    @Column(name = "trainer_code")
    private String trainerCode;

    @Column(name = "trainer_comment", length = 8000)
    private String trainerComment;

    @Column(name = "reviewer_id")
    private Long reviewerId;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    private static final String SEPARATOR = "\u001f";

    protected ActivityReview() {
    }

    ActivityReview(long attemptId, String requestId, String context, String response, String selfCode,
                   List<ActivityBlock.Option> codes) {
        this.codes = String.join("\n", codes.stream().map(o -> o.id() + SEPARATOR + o.label().replace('\n', ' ')).toList());
        this.attemptId = attemptId;
        this.requestId = requestId;
        this.context = cut(context);
        this.response = cut(response);
        this.selfCode = selfCode;
    }

    private static String cut(String text) {
        return text.length() > 8000 ? text.substring(0, 7999) + "…" : text;
    }

    void review(String code, String comment, long reviewer, Instant at) {
        this.trainerCode = code;
        this.trainerComment = cut(comment == null ? "" : comment);
        this.reviewerId = reviewer;
        this.reviewedAt = at;
    }

    Long getId() {
        return id;
    }

    long getAttemptId() {
        return attemptId;
    }

    String getContext() {
        return context;
    }

    List<ActivityBlock.Option> codes() {
        return codes.isEmpty() ? List.of() : Arrays.stream(codes.split("\n"))
                .map(line -> new ActivityBlock.Option(line.substring(0, Math.max(0, line.indexOf(SEPARATOR))),
                        line.substring(line.indexOf(SEPARATOR) + 1))).toList();
    }

    Optional<String> trainerCode() {
        return Optional.ofNullable(trainerCode);
    }

    String trainerComment() {
        return trainerComment == null ? "" : trainerComment;
    }

    Optional<Instant> reviewedAt() {
        return Optional.ofNullable(reviewedAt);
    }

    String getRequestId() {
        return requestId;
    }

    String getResponse() {
        return response;
    }

    String getSelfCode() {
        return selfCode;
    }
}
