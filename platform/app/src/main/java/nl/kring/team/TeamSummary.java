package nl.kring.team;

import java.util.Set;

/** A team: its name, lead and member user ids, and the location or department it belongs to (may be empty). */
public record TeamSummary(long id, String name, Long leadId, Set<Long> memberIds, String department) {

    public TeamSummary(long id, String name, Long leadId, Set<Long> memberIds) {
        this(id, name, leadId, memberIds, "");
    }
}
