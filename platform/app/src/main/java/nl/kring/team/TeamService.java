package nl.kring.team;

import java.util.Collection;

import jakarta.annotation.security.RolesAllowed;
import nl.kring.audit.SecurityEventType;
import nl.kring.audit.SecurityLog;
import nl.kring.base.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates teams; team overviews for leads build on this. */
@Service
@Transactional
public class TeamService {

    private final TeamRepository teams;
    private final SecurityLog log;

    TeamService(TeamRepository teams, SecurityLog log) {
        this.teams = teams;
        this.log = log;
    }

    /** Creates a team with its lead and members, in no department; administrators only. */
    @RolesAllowed(Roles.ADMIN)
    public TeamSummary create(String name, Long leadId, Collection<Long> memberIds) {
        return create(name, null, leadId, memberIds);
    }

    /** Creates a team in a location or department (may be empty) with its lead and members; administrators only. */
    @RolesAllowed(Roles.ADMIN)
    public TeamSummary create(String name, String department, Long leadId, Collection<Long> memberIds) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a team needs a name");
        }
        if (teams.findByName(name).isPresent()) {
            throw new IllegalArgumentException("a team named '" + name + "' exists already");
        }
        Team team = new Team(name, leadId);
        team.change(name, department, leadId);
        team.getMemberIds().addAll(memberIds);
        TeamSummary created = summary(teams.save(team));
        leadChanged(created, null);
        return created;
    }

    /** Every team, by department and name; administrators only. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public java.util.List<TeamSummary> all() {
        return teams.findAllByOrderByName().stream().map(TeamService::summary)
                .sorted(java.util.Comparator.comparing(TeamSummary::department).thenComparing(TeamSummary::name)).toList();
    }

    /**
     * Changes a team's name, department, lead and members (a member may be in several teams, a lead may lead several).
     *
     * @throws IllegalArgumentException for an empty or taken name, or an unknown team
     */
    @RolesAllowed(Roles.ADMIN)
    public TeamSummary change(long teamId, String name, String department, Long leadId, Collection<Long> memberIds) {
        Team team = teams.findById(teamId).orElseThrow(() -> new IllegalArgumentException("no team " + teamId));
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw new IllegalArgumentException("a team needs a name");
        }
        teams.findByName(cleanName).filter(other -> !other.getId().equals(teamId)).ifPresent(other -> {
            throw new IllegalArgumentException("a team named '" + cleanName + "' exists already");
        });
        Long previousLead = team.getLeadId();
        team.change(cleanName, department, leadId);
        team.getMemberIds().clear();
        team.getMemberIds().addAll(memberIds);
        TeamSummary changed = summary(teams.save(team));
        leadChanged(changed, previousLead);
        return changed;
    }

    /** Leading a team lets someone see its members' records: a change of rights, so it goes into the security log. */
    private void leadChanged(TeamSummary team, Long previousLead) {
        if (!java.util.Objects.equals(team.leadId(), previousLead)) {
            log.record(SecurityEventType.ROLES_CHANGED, "team " + team.name(), "team lead: user " + previousLead + " -> user "
                    + team.leadId());
        }
    }

    /** Removes a team (its members keep their accounts and their work). */
    @RolesAllowed(Roles.ADMIN)
    public void remove(long teamId) {
        teams.deleteById(teamId);
    }

    static TeamSummary summary(Team team) {
        return new TeamSummary(team.getId(), team.getName(), team.getLeadId(), java.util.Set.copyOf(team.getMemberIds()),
                team.getDepartment());
    }
}
