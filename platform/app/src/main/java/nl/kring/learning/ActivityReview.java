package nl.kring.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

    protected ActivityReview() {
    }

    ActivityReview(long attemptId, String requestId, String context, String response, String selfCode) {
        this.attemptId = attemptId;
        this.requestId = requestId;
        this.context = cut(context);
        this.response = cut(response);
        this.selfCode = selfCode;
    }

    private static String cut(String text) {
        return text.length() > 8000 ? text.substring(0, 7999) + "…" : text;
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
