package nl.kring.team;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.kring.base.KringTime;
import nl.kring.account.AccountDirectory;
import nl.kring.catalog.CatalogService;
import nl.kring.catalog.CourseOutline;
import nl.kring.learning.LearningAgenda;
import nl.kring.certification.CourseCompletion;
import nl.kring.plugin.PluginHost;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Courses a team lead assigns to members of their own team with a due date. An assignment is done when the member
 * completed the course (every lesson done, every quiz passed) and overdue when its date passed before that. Learners
 * see their assignments in "My learning"; leads see their team's.
 */
@Service
public class AssignmentService implements LearningAgenda {


    private final AssignmentRepository assignments;
    private final TeamRepository teams;
    private final TeamAccess access;
    private final CatalogService catalog;
    private final CourseCompletion completion;
    private final PluginHost plugins;
    private final AccountDirectory accounts;
    private final Clock clock;

    AssignmentService(AssignmentRepository assignments, TeamRepository teams, TeamAccess access, CatalogService catalog,
                      CourseCompletion completion, PluginHost plugins, AccountDirectory accounts, Optional<Clock> clock) {
        this.assignments = assignments;
        this.teams = teams;
        this.access = access;
        this.catalog = catalog;
        this.completion = completion;
        this.plugins = plugins;
        this.accounts = accounts;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** An assignment as a lead sees it. */
    public record Row(long userId, String member, String courseId, String course, LocalDate due, boolean done, boolean overdue) {
    }

    /**
     * Assigns a course to members of the lead's own team (again: the new due date replaces the old one).
     *
     * @throws IllegalArgumentException for someone outside the team, an unknown course or a date in the past
     */
    @PreAuthorize("hasAnyRole('TEAM_LEAD', 'ADMIN')")
    @Transactional
    public int assign(long teamId, Collection<Long> memberIds, String courseId, LocalDate due, Locale locale) {
        Team team = access.own(teamId);
        if (memberIds.isEmpty() || !team.getMemberIds().containsAll(memberIds)) {
            throw new IllegalArgumentException("choose members of this team");
        }
        if (catalog.outline(courseId, locale).isEmpty()) {
            throw new IllegalArgumentException("no course " + courseId);
        }
        if (due.isBefore(today())) {
            throw new IllegalArgumentException("the due date has passed");
        }
        for (Long member : memberIds) {
            assignments.findByTeamIdAndUserIdAndCourseId(teamId, member, courseId).ifPresentOrElse(a -> a.moveDueDate(due),
                    () -> assignments.save(new Assignment(teamId, member, courseId, due, access.me(), clock.instant())));
        }
        return memberIds.size();
    }

    /** The team's assignments, soonest due first. */
    @PreAuthorize("hasAnyRole('TEAM_LEAD', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Row> forTeam(long teamId, Locale locale) {
        access.own(teamId);
        List<Assignment> all = assignments.findByTeamIdOrderByDueOn(teamId);
        Map<Long, String> names = accounts.names(all.stream().map(Assignment::getUserId).distinct().toList());
        Map<String, Optional<CourseOutline>> courses = new HashMap<>();
        LocalDate today = today();
        return all.stream().map(a -> {
            Optional<CourseOutline> course = courses.computeIfAbsent(a.getCourseId(), id -> catalog.outline(id, locale));
            boolean done = course.map(c -> completed(a.getUserId(), c)).orElse(false);
            return new Row(a.getUserId(), names.getOrDefault(a.getUserId(), "#" + a.getUserId()), a.getCourseId(),
                    course.map(CourseOutline::title).orElse(a.getCourseId()), a.getDueOn(), done, !done && a.getDueOn().isBefore(today));
        }).toList();
    }

    /** The signed-in learner's assignments, for "My learning". */
    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Item> mine(Locale locale) {
        long me = access.me();
        List<Item> items = new ArrayList<>();
        for (Assignment a : assignments.findByUserIdOrderByDueOn(me)) {
            catalog.outline(a.getCourseId(), locale).ifPresent(course -> items.add(new Item(course.title(),
                    "course/" + a.getCourseId(), a.getDueOn(), completed(me, course),
                    teams.findById(a.getTeamId()).map(Team::getName).orElse(""))));
        }
        items.sort(Comparator.comparing(Item::due));
        return items;
    }

    private boolean completed(long userId, CourseOutline course) {
        return plugins.course(course.id()).map(installed -> completion.completed(userId, installed.course())).orElse(false);
    }

    private LocalDate today() {
        return clock.instant().atZone(KringTime.ZONE).toLocalDate();
    }
}
