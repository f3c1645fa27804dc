package nl.kring.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import nl.kring.account.ui.LoginView;
import nl.kring.support.KaribuSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every route × every role (ASVS V4.1.1, V4.1.3): the table below says who may open each page; the test opens every
 * page as someone with exactly that one role, and as an anonymous visitor, and checks the decision. A route that is
 * not in the table fails the test, so no page is reachable without a decision written down here.
 */
class AccessMatrixIT extends KaribuSpringTest {

    enum Who { ANONYMOUS, LEARNER, TRAINER, TEAM_LEAD, ADMIN }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.of(Who.LEARNER, Who.TRAINER, Who.TEAM_LEAD, Who.ADMIN);
    private static final Set<Who> TRAINERS = EnumSet.of(Who.TRAINER, Who.ADMIN);

    /** Route template → a path to open it with → who may open it. */
    private static final Map<String, Object[]> TABLE = new LinkedHashMap<>();

    static {
        allow("login", "login", EVERYONE);
        allow("forgot-password", "forgot-password", EVERYONE);
        allow("reset-password", "reset-password?token=not-a-real-token", EVERYONE);
        allow("verify/:code?", "verify", EVERYONE);
        allow("", "", SIGNED_IN);
        allow("my-learning", "my-learning", SIGNED_IN);
        allow("my-competences", "my-competences", SIGNED_IN);
        allow("my-certificates", "my-certificates", SIGNED_IN);
        allow("account/password", "account/password", SIGNED_IN);
        allow("account/data", "account/data", SIGNED_IN);
        allow("course/:courseId", "course/genogram", SIGNED_IN);
        allow("course/:courseId/lesson/:lessonId", "course/genogram/lesson/01-wat-en-waarom", SIGNED_IN);
        allow("course/:courseId/quiz/:quizId", "course/genogram/quiz/oefenvragen", SIGNED_IN);
        allow("course/:courseId/activity/:activityId", "course/genogram/activity/bouwen-john", SIGNED_IN);
        allow("course/:courseId/quiz/:quizId/statistics", "course/genogram/quiz/oefenvragen/statistics", TRAINERS);
        allow("review", "review", TRAINERS);
        allow("review/observe", "review/observe", TRAINERS);
        allow("review/assess", "review/assess", TRAINERS);
        allow("admin/plugins", "admin/plugins", TRAINERS);
        allow("team/:teamId?", "team", EnumSet.of(Who.TEAM_LEAD, Who.ADMIN));
        allow("admin/teams", "admin/teams", EnumSet.of(Who.ADMIN));
        allow("admin/security-log", "admin/security-log", EnumSet.of(Who.ADMIN));
        allow("admin/people", "admin/people", EnumSet.of(Who.ADMIN));
    }

    private static void allow(String template, String path, Set<Who> who) {
        TABLE.put(template, new Object[] {path, who});
    }

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    nl.kring.audit.SecurityLog log;

    @BeforeEach
    void oneAccountPerRole() {
        for (Role role : Role.values()) {
            if (repository.findByUsername("matrix-" + role.name().toLowerCase(Locale.ROOT)).isEmpty()) {
                accounts.createAccount("matrix-" + role.name().toLowerCase(Locale.ROOT), "Matrix " + role, "matrix-password-" + role,
                        Set.of(role), false);
            }
        }
    }

    @AfterEach
    void removeThem() {
        jdbc.update("delete from user_account where username like 'matrix-%'");
    }

    @Test
    void everyRouteHasADecisionInTheTable() {
        Set<String> routes = new TreeSet<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            routes.add(route.getTemplate());
        }
        assertThat(routes).as("every route of Kring, and only those, is in the access table").isEqualTo(new TreeSet<>(TABLE.keySet()));
    }

    @Test
    void everyRoleOpensExactlyThePagesTheTableAllows() {
        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            if (who == Who.ANONYMOUS) {
                signOut();
            } else {
                signIn("matrix-" + who.name().toLowerCase(Locale.ROOT), Locale.ENGLISH);
            }
            for (Map.Entry<String, Object[]> row : TABLE.entrySet()) {
                String path = (String) row.getValue()[0];
                @SuppressWarnings("unchecked")
                boolean expected = ((Set<Who>) row.getValue()[1]).contains(who);
                boolean opened = opens(path, targetOf(row.getKey()));
                if (opened != expected) {
                    wrong.add(who + " " + (opened ? "opened" : "could not open") + " /" + path);
                }
            }
        }
        assertThat(wrong).as("decisions that differ from the table").isEmpty();

        signIn("matrix-learner", Locale.ENGLISH);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.users())
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> log.latest(1, 10)).as("only administrators read the security log")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        signIn("matrix-admin", Locale.ENGLISH);
        assertThat(log.latest(1, 2000)).filteredOn(e -> e.type() == nl.kring.audit.SecurityEventType.ACCESS_DENIED)
                .filteredOn(e -> e.actor().equals("matrix-learner")).extracting(nl.kring.audit.SecurityLogEntry::detail)
                .as("refusals are in the security log").contains("page /admin/teams", "service AccountService.users");
    }

    private static Class<? extends Component> targetOf(String template) {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream().filter(r -> r.getTemplate().equals(template))
                .findFirst().orElseThrow().getNavigationTarget();
    }

    /** Navigates to the path; true when the page itself is shown (not the sign-in page, not an access-denied error). */
    private static boolean opens(String path, Class<? extends Component> target) {
        try {
            String[] pathAndQuery = path.split("\\?", 2);
            UI.getCurrent().navigate(pathAndQuery[0], pathAndQuery.length == 1 ? com.vaadin.flow.router.QueryParameters.empty()
                    : com.vaadin.flow.router.QueryParameters.fromString(pathAndQuery[1]));
        } catch (RuntimeException | AssertionError refused) {
            return false;
        }
        Object shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        return target.isInstance(shown) && !(shown instanceof LoginView && target != LoginView.class);
    }
}
