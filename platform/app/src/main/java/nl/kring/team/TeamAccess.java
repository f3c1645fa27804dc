package nl.kring.team;

import java.util.List;

import nl.kring.account.CurrentUser;
import nl.kring.account.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Which teams the signed-in user may lead: their own, or every team for an administrator. */
@Component
class TeamAccess {

    private final TeamRepository teams;
    private final CurrentUser currentUser;

    TeamAccess(TeamRepository teams, CurrentUser currentUser) {
        this.teams = teams;
        this.currentUser = currentUser;
    }

    List<Team> mine() {
        return isAdmin() ? teams.findAllByOrderByName() : teams.findByLeadIdOrderByName(currentUser.require().id());
    }

    /**
     * The team, if the signed-in user leads it.
     *
     * @throws AccessDeniedException otherwise (also for a team that does not exist)
     */
    Team own(long teamId) {
        Team team = teams.findById(teamId).orElseThrow(() -> new AccessDeniedException("not your team"));
        if (!isAdmin() && !Long.valueOf(currentUser.require().id()).equals(team.getLeadId())) {
            throw new AccessDeniedException("not your team");
        }
        return team;
    }

    long me() {
        return currentUser.require().id();
    }

    private boolean isAdmin() {
        return currentUser.require().roles().contains(Role.ADMIN);
    }
}
