package nl.kring.competence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One piece of evidence for one competence at one level; written once, never changed. */
@Entity
@Table(name = "competence_evidence")
class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "competence_id", nullable = false)
    private String competenceId;

    @Column(nullable = false)
    private int level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EvidenceSource source;

    /** The attempt or observation; null for an assessment, which is its own source. */
    @Column(name = "source_id")
    private Long sourceId;

    @Column(name = "course_id", nullable = false)
    private String courseId;

    @Column(name = "course_version", nullable = false)
    private String courseVersion;

    @Column(name = "element_id", nullable = false)
    private String elementId;

    @Column(nullable = false)
    private double score;

    private Boolean passed;

    @Column(name = "recorded_by")
    private Long recordedBy;

    @Column(length = 2000)
    private String note;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Evidence() {
    }

    Evidence(long userId, EvidenceFact fact, Origin origin) {
        this.userId = userId;
        this.competenceId = fact.competenceId();
        this.level = fact.level();
        this.source = fact.source();
        this.score = fact.score();
        this.passed = fact.passed();
        this.sourceId = origin.sourceId();
        this.courseId = origin.courseId();
        this.courseVersion = origin.courseVersion();
        this.elementId = origin.elementId();
        this.recordedBy = origin.recordedBy();
        this.note = origin.note();
        this.recordedAt = origin.at();
    }

    /** Where a piece of evidence came from. */
    record Origin(Long sourceId, String courseId, String courseVersion, String elementId, Long recordedBy, String note,
                  Instant at) {
    }

    EvidenceFact fact() {
        return new EvidenceFact(competenceId, level, source, score, passed);
    }

    EvidenceItem item() {
        return new EvidenceItem(id, fact(), courseId, courseVersion, elementId, note == null ? "" : note, recordedAt);
    }

    long getUserId() {
        return userId;
    }
}
