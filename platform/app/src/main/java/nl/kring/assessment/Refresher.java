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

/** A refresher made for one learner: which questions of which quizzes of a course it asks, in order. */
@Entity
@Table(name = "refresher")
class Refresher {

    /** Refreshers are played as quizzes with this id prefix. */
    static final String PREFIX = "opfrisser-";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "course_id", nullable = false)
    private String courseId;

    @Column(name = "title_nl", nullable = false)
    private String titleNl;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    /** {@code quizId~itemId}, comma-separated; a case is one item. */
    @Column(name = "item_refs", nullable = false, length = 8000)
    private String itemRefs;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Refresher() {
    }

    Refresher(long userId, String courseId, String titleNl, String titleEn, List<String> itemRefs, Instant createdAt) {
        this.userId = userId;
        this.courseId = courseId;
        this.titleNl = titleNl;
        this.titleEn = titleEn;
        this.itemRefs = String.join(",", itemRefs);
        this.createdAt = createdAt;
    }

    String quizId() {
        return PREFIX + id;
    }

    long getUserId() {
        return userId;
    }

    String getCourseId() {
        return courseId;
    }

    String title(String language) {
        return "nl".equals(language) ? titleNl : titleEn;
    }

    List<String> itemRefs() {
        return Arrays.asList(itemRefs.split(","));
    }
}
