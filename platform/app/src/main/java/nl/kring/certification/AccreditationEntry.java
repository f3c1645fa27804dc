package nl.kring.certification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A completed course in the accreditation ledger, with the points it earned on the day it was completed. */
@Entity
@Table(name = "accreditation_entry")
class AccreditationEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "course_id", nullable = false)
    private String courseId;

    @Column(name = "course_title", nullable = false)
    private String courseTitle;

    @Column(name = "course_version", nullable = false)
    private String courseVersion;

    @Column(nullable = false)
    private double points;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected AccreditationEntry() {
    }

    AccreditationEntry(long userId, String courseId, String courseTitle, String courseVersion, double points, Instant completedAt) {
        this.userId = userId;
        this.courseId = courseId;
        this.courseTitle = courseTitle;
        this.courseVersion = courseVersion;
        this.points = points;
        this.completedAt = completedAt;
    }

    LedgerLine line() {
        return new LedgerLine(completedAt, LedgerLine.Kind.COURSE, courseTitle, points, "", courseId + " " + courseVersion);
    }
}
