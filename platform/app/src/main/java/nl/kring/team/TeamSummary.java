package nl.kring.team;

import java.util.Set;

/** A team: its name, lead and member user ids. */
public record TeamSummary(long id, String name, Long leadId, Set<Long> memberIds) {
}
