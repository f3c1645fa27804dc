package nl.kring.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.kring.account.AccountService;
import nl.kring.account.Role;
import nl.kring.account.UserSummary;
import nl.kring.assessment.QuizAttemptGraded;
import nl.kring.learning.ActivityCompleted;
import nl.kring.base.Roles;
import nl.kring.catalog.CatalogService;
import nl.kring.catalog.CourseOutline;
import nl.kring.catalog.LessonRef;
import nl.kring.learning.LearningService;
import nl.kring.team.TeamService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with demo users for every role (password {@value #PASSWORD}), a team and some
 * progress, so that every page has something to show. Only in the {@code demo} profile; does nothing when
 * the demo users exist already.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "kring-oefenen";
    static final String COURSE = "naasten-betrekken";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private final AccountService accounts;
    private final TeamService teams;
    private final LearningService learning;
    private final CatalogService catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Extra learners load-1 … load-N for load tests ({@code kring.demo.load-learners}, default none). */
    private final int loadLearners;

    DemoData(AccountService accounts, TeamService teams, LearningService learning, CatalogService catalog,
             ApplicationEventPublisher events, Optional<Clock> clock,
             @org.springframework.beans.factory.annotation.Value("${kring.demo.load-learners:0}") int loadLearners) {
        this.loadLearners = loadLearners;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
        this.accounts = accounts;
        this.teams = teams;
        this.learning = learning;
        this.catalog = catalog;
    }

    @Override
    public void run(ApplicationArguments args) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("demo-data", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN))));
        try {
            if (accounts.findByUsername("learner").isEmpty()) {
                seed();
            }
            if (loadLearners > 0) {
                int created = accounts.createLearners("load-", loadLearners, PASSWORD);
                if (created > 0) {
                    LOG.info("Demo: {} learners for load tests (load-1 … load-{}, password {})", created, loadLearners, PASSWORD);
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed() {
        UserSummary learner = user("learner", "Sanne de Vries", Role.LEARNER);
        UserSummary noor = user("noor", "Noor Bakker", Role.LEARNER);
        UserSummary daan = user("daan", "Daan Janssen", Role.LEARNER);
        user("trainer", "Tom Peeters", Role.TRAINER, Role.LEARNER);
        UserSummary lead = user("lead", "Fatima El Amrani", Role.TEAM_LEAD, Role.LEARNER);
        UserSummary ilse = user("ilse", "Ilse Visser", Role.LEARNER);
        user("admin", "Demo-beheerder", Role.ADMIN);
        teams.create("Ambulant team Utrecht", "Utrecht / Ambulante zorg", lead.id(),
                List.of(learner.id(), noor.id(), daan.id(), ilse.id(), lead.id()));

        List<String> lessons = catalog.outline(COURSE, Locale.forLanguageTag("nl"))
                .map(CourseOutline::lessons).orElse(List.of()).stream().map(LessonRef::id).toList();
        String version = catalog.outline(COURSE, Locale.ENGLISH).map(CourseOutline::version).orElse("");
        if (lessons.isEmpty()) {
            LOG.warn("Demo course {} is not installed; demo users have no progress", COURSE);
        } else {
            complete(learner, lessons.subList(0, 1), version);
            complete(noor, lessons.subList(0, Math.min(3, lessons.size())), version);
            complete(lead, lessons, version);
            history(ilse, version);
            recent(learner, lead, version);
        }
        LOG.info("Demo data created: users learner, noor, daan, ilse, trainer, lead, admin with password '{}'", PASSWORD);
    }

    /**
     * Ilse's history, 22 months back: the final quiz passed and the genogram drawn, which earned her the foundations
     * certificate; it is now due for renewal, so her "My certificates" offers a refresher. The attempts are
     * simulated (demo only): only their evidence is recorded.
     */
    private void history(UserSummary ilse, String version) {
        Instant then = clock.instant().atOffset(ZoneOffset.UTC).minusMonths(22).toInstant();
        events.publishEvent(new QuizAttemptGraded(ilse.id(), COURSE, "toets-basis", version, -1001, 0.85, true, List.of(
                new QuizAttemptGraded.ItemScore("wie-betrekken", 1.0, Map.of("network-involvement", 2)),
                new QuizAttemptGraded.ItemScore("stressbronnen", 0.8, Map.of("family-wellbeing", 1)),
                new QuizAttemptGraded.ItemScore("steun-tijdens-behandeling", 0.5, Map.of("social-support", 1))), then));
        events.publishEvent(new ActivityCompleted(ilse.id(), COURSE, "genogram-bouwen", version, -1002, 0.92,
                Map.of("genogram", 2), then.plusSeconds(3600)));
        events.publishEvent(new ActivityCompleted(ilse.id(), COURSE, "gesprek-mi-twijfel", version, -1003, 0.67,
                Map.of("motivational-interviewing", 3), then.plusSeconds(7200)));
    }

    /** Some recent work of Sanne and Fatima, so the team page shows a varied matrix. */
    private void recent(UserSummary learner, UserSummary lead, String version) {
        Instant lastWeek = clock.instant().minus(java.time.Duration.ofDays(7));
        events.publishEvent(new QuizAttemptGraded(learner.id(), COURSE, "oefenen-naasten", version, -1011, 0.7, true, List.of(
                new QuizAttemptGraded.ItemScore("zes-stressbronnen", 1.0, Map.of("family-wellbeing", 1)),
                new QuizAttemptGraded.ItemScore("helpend-gedrag", 0.6, Map.of("network-involvement", 1))), lastWeek));
        events.publishEvent(new QuizAttemptGraded(lead.id(), COURSE, "toets-basis", version, -1021, 0.9, true, List.of(
                new QuizAttemptGraded.ItemScore("wie-betrekken", 1.0, Map.of("network-involvement", 2)),
                new QuizAttemptGraded.ItemScore("stressbronnen", 1.0, Map.of("family-wellbeing", 1))), lastWeek));
        events.publishEvent(new ActivityCompleted(lead.id(), COURSE, "gesprek-craft-communicatie", version, -1022, 0.75,
                Map.of("craft", 3), lastWeek.plusSeconds(600)));
    }

    private UserSummary user(String username, String name, Role... roles) {
        UserSummary user = accounts.create(username, name, PASSWORD, Set.of(roles));
        accounts.changeEmail(user.id(), username + "@demo.kring.example");
        return user;
    }

    private void complete(UserSummary user, List<String> lessonIds, String version) {
        for (String lessonId : lessonIds) {
            learning.recordCompletionFor(user.id(), COURSE, lessonId, version);
        }
    }
}
