package nl.kring.team;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "team")
class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(name = "lead_id")
    private Long leadId;

    /** The location or department above the team, e.g. "Utrecht / Ambulante zorg"; may be null. */
    @Column(length = 200)
    private String department;

    @ElementCollection
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "user_id")
    private Set<Long> memberIds = new HashSet<>();

    protected Team() {
    }

    Team(String name, Long leadId) {
        this.name = name;
        this.leadId = leadId;
    }

    /** A blank department means none. */
    void change(String newName, String newDepartment, Long newLeadId) {
        this.name = newName;
        this.department = newDepartment == null || newDepartment.isBlank() ? null : newDepartment.strip();
        this.leadId = newLeadId;
    }

    String getDepartment() {
        return department == null ? "" : department;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    Long getLeadId() {
        return leadId;
    }

    Set<Long> getMemberIds() {
        return memberIds;
    }
}
