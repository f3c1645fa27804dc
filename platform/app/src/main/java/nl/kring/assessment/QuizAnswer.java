package nl.kring.assessment;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One answer in an attempt, saved when given; the values are joined with a unit separator. */
@Entity
@Table(name = "quiz_answer")
class QuizAnswer {

    private static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    @Column(name = "item_id", nullable = false)
    private String itemId;

    @Column(nullable = false)
    private String response;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    private Double score;

    protected QuizAnswer() {
    }

    QuizAnswer(long attemptId, String itemId) {
        this.attemptId = attemptId;
        this.itemId = itemId;
    }

    void answer(List<String> values, Instant at) {
        this.response = String.join(SEPARATOR, values.stream().map(v -> v.replace(SEPARATOR, " ")).toList());
        this.answeredAt = at;
    }

    List<String> values() {
        return split(response);
    }

    /** The values of a stored response. */
    static List<String> split(String response) {
        return response == null || response.isEmpty() ? List.of() : Arrays.asList(response.split(SEPARATOR, -1));
    }

    String getItemId() {
        return itemId;
    }

    Double getScore() {
        return score;
    }

    void setScore(double score) {
        this.score = score;
    }
}
