package nl.kring.team;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A course assigned to one team member, due on a date. */
@Entity
@Table(name = "assignment")
class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "course_id", nullable = false)
    private String courseId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "assigned_by")
    private Long assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected Assignment() {
    }

    Assignment(long teamId, long userId, String courseId, LocalDate dueOn, Long assignedBy, Instant assignedAt) {
        this.teamId = teamId;
        this.userId = userId;
        this.courseId = courseId;
        this.dueOn = dueOn;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    void moveDueDate(LocalDate due) {
        this.dueOn = due;
    }

    long getTeamId() {
        return teamId;
    }

    long getUserId() {
        return userId;
    }

    String getCourseId() {
        return courseId;
    }

    LocalDate getDueOn() {
        return dueOn;
    }
}
