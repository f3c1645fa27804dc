package nl.kring.team;

import java.util.Collection;

import jakarta.annotation.security.RolesAllowed;
import nl.kring.base.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates teams; team overviews for leads build on this. */
@Service
@Transactional
public class TeamService {

    private final TeamRepository teams;

    TeamService(TeamRepository teams) {
        this.teams = teams;
    }

    /** Creates a team with its lead and members; administrators only. */
    @RolesAllowed(Roles.ADMIN)
    public TeamSummary create(String name, Long leadId, Collection<Long> memberIds) {
        if (teams.findByName(name).isPresent()) {
            throw new IllegalArgumentException("a team named '" + name + "' exists already");
        }
        Team team = new Team(name, leadId);
        team.getMemberIds().addAll(memberIds);
        return summary(teams.save(team));
    }

    static TeamSummary summary(Team team) {
        return new TeamSummary(team.getId(), team.getName(), team.getLeadId(), java.util.Set.copyOf(team.getMemberIds()));
    }
}
