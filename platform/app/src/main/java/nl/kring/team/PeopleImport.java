package nl.kring.team;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import nl.kring.account.AccountService;
import nl.kring.account.Invitations;
import nl.kring.account.Role;
import nl.kring.base.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports people from a CSV file ({@code username,name,email,roles,teams}; roles and teams separated by {@code ;}):
 * every line is checked first, and nothing is created when a line is wrong (each problem says its line); otherwise
 * everyone is invited (see {@link Invitations}) and put in their teams.
 */
@Service
public class PeopleImport {

    static final String HEADER = "username,name,email,roles,teams";
    private static final int MAX_LINES = 5_000;

    private final Invitations invitations;
    private final AccountService accounts;
    private final TeamRepository teams;

    PeopleImport(Invitations invitations, AccountService accounts, TeamRepository teams) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.teams = teams;
    }

    /** What an import did: the people invited, or the problems that stopped it (then nobody was created). */
    public record Result(List<Invitations.Invited> invited, List<String> problems) {
    }

    private record Person(String username, String name, String email, Set<Role> roles, List<Team> teams) {
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public Result importCsv(String csv, String language) {
        List<String> lines = csv.lines().toList();
        List<String> problems = new ArrayList<>();
        if (lines.isEmpty() || !lines.get(0).strip().replace("\uFEFF", "").equalsIgnoreCase(HEADER)) {
            return new Result(List.of(), List.of("line 1: the first line must be " + HEADER));
        }
        if (lines.size() > MAX_LINES + 1) {
            return new Result(List.of(), List.of("the file has more than " + MAX_LINES + " people; split it"));
        }
        List<Person> people = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                read(lines.get(i), i + 1, seen, problems).ifPresent(people::add);
            }
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        List<Invitations.Invited> invited = new ArrayList<>();
        for (Person person : people) {
            Invitations.Invited done = invitations.invite(person.username(), person.name(), person.email(), person.roles(), language);
            person.teams().forEach(team -> team.getMemberIds().add(done.user().id()));
            invited.add(done);
        }
        return new Result(invited, List.of());
    }

    private Optional<Person> read(String line, int number, Set<String> seen, List<String> problems) {
        String[] fields = Arrays.stream(line.split(",", -1)).map(String::strip).toArray(String[]::new);
        String at = "line " + number + ": ";
        if (fields.length != 5) {
            problems.add(at + "needs 5 fields (" + HEADER + "), not " + fields.length);
            return Optional.empty();
        }
        int before = problems.size();
        String username = fields[0].toLowerCase(Locale.ROOT);
        if (!username.matches("[a-z0-9._-]{2,100}")) {
            problems.add(at + "user name '" + fields[0] + "' may only have letters, digits, '.', '_' and '-'");
        } else if (!seen.add(username) || accounts.findByUsername(username).isPresent()) {
            problems.add(at + "user name '" + username + "' is taken");
        }
        if (fields[1].isEmpty()) {
            problems.add(at + "the name is missing");
        }
        if (!fields[2].matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(at + "'" + fields[2] + "' is not an e-mail address");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : fields[3].isEmpty() ? new String[] {"learner"} : fields[3].split(";")) {
            try {
                roles.add(Role.valueOf(role.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                problems.add(at + "unknown role '" + role.strip() + "' (roles are learner, trainer, team_lead, admin)");
            }
        }
        List<Team> memberOf = new ArrayList<>();
        for (String name : fields[4].isEmpty() ? new String[0] : fields[4].split(";")) {
            teams.findByName(name.strip()).ifPresentOrElse(memberOf::add,
                    () -> problems.add(at + "no team named '" + name.strip() + "' (make it on the Teams page first)"));
        }
        return problems.size() == before ? Optional.of(new Person(username, fields[1], fields[2], roles, memberOf)) : Optional.empty();
    }
}
