package nl.kring.competence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Which version of a course the stored evidence of that course was derived with. */
@Entity
@Table(name = "competence_mapping")
class CompetenceMapping {

    @Id
    @Column(name = "course_id")
    private String courseId;

    @Column(nullable = false)
    private String version;

    @Column(name = "mapped_at", nullable = false)
    private Instant mappedAt;

    protected CompetenceMapping() {
    }

    CompetenceMapping(String courseId, String version, Instant mappedAt) {
        this.courseId = courseId;
        this.version = version;
        this.mappedAt = mappedAt;
    }

    String getVersion() {
        return version;
    }
}
