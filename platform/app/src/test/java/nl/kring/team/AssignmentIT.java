package nl.kring.team;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import nl.kring.support.KaribuSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** A lead assigns a course to team members with a due date; members see it in My learning; overdue shows to both. */
class AssignmentIT extends KaribuSpringTest {

    @Autowired
    AssignmentService assignments;

    @Autowired
    JdbcTemplate jdbc;

    private long utrecht;
    private long noor;
    private long daan;

    @BeforeEach
    void ids() {
        utrecht = jdbc.queryForObject("select id from team where name = 'Ambulant team Utrecht'", Long.class);
        noor = jdbc.queryForObject("select id from user_account where username = 'noor'", Long.class);
        daan = jdbc.queryForObject("select id from user_account where username = 'daan'", Long.class);
        jdbc.update("delete from assignment");
    }

    @AfterEach
    void noAssignmentsLeftForOtherTests() {
        jdbc.update("delete from assignment");
    }

    @Test
    void aLeadAssignsACourseAndTheMemberSeesItInMyLearning() {
        signIn("lead", Locale.ENGLISH);
        LocalDate due = LocalDate.now().plusDays(30);
        assertThat(assignments.assign(utrecht, List.of(noor, daan), "naasten-betrekken", due, Locale.ENGLISH)).isEqualTo(2);
        assignments.assign(utrecht, List.of(noor), "naasten-betrekken", due.plusDays(7), Locale.ENGLISH);

        assertThat(assignments.forTeam(utrecht, Locale.ENGLISH)).hasSize(2).allSatisfy(row -> {
            assertThat(row.course()).isEqualTo("Involving significant others: the foundations");
            assertThat(row.done()).isFalse();
            assertThat(row.overdue()).isFalse();
        });
        assertThat(assignments.forTeam(utrecht, Locale.ENGLISH)).filteredOn(r -> r.userId() == noor).singleElement()
                .satisfies(r -> assertThat(r.due()).as("assigning again moves the date").isEqualTo(due.plusDays(7)));

        signIn("noor", Locale.ENGLISH);
        UI.getCurrent().navigate("my-learning");
        assertThat(_get(Div.class, spec -> spec.withId("my-assignments")).getElement().getTextRecursively())
                .contains("Assigned to you", "Involving significant others: the foundations", "Ambulant team Utrecht")
                .doesNotContain("overdue");
    }

    @Test
    void anAssignmentPastItsDateIsOverdueForTheLeadAndTheMember() {
        jdbc.update("insert into assignment (team_id, user_id, course_id, due_on, assigned_at) values (?, ?, 'naasten-betrekken', ?,"
                + " current_timestamp)", utrecht, noor, Date.valueOf(LocalDate.now().minusDays(3)));
        signIn("lead", Locale.ENGLISH);
        assertThat(assignments.forTeam(utrecht, Locale.ENGLISH)).singleElement().satisfies(r -> assertThat(r.overdue()).isTrue());

        signIn("noor", Locale.ENGLISH);
        UI.getCurrent().navigate("my-learning");
        assertThat(_get(Div.class, spec -> spec.withId("my-assignments")).getElement().getTextRecursively()).contains("overdue");
    }

    @Test
    void onlyTheLeadAssignsAndOnlyToTheirOwnMembersInTheFuture() {
        signIn("lead", Locale.ENGLISH);
        long trainer = jdbc.queryForObject("select id from user_account where username = 'trainer'", Long.class);
        assertThatThrownBy(() -> assignments.assign(utrecht, List.of(trainer), "naasten-betrekken", LocalDate.now(), Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("members of this team");
        assertThatThrownBy(() -> assignments.assign(utrecht, List.of(noor), "naasten-betrekken", LocalDate.now().minusDays(1),
                Locale.ENGLISH)).hasMessageContaining("due date has passed");
        assertThatThrownBy(() -> assignments.assign(utrecht, List.of(noor), "no-such-course", LocalDate.now(), Locale.ENGLISH))
                .hasMessageContaining("no course");
        List<Long> others = jdbc.queryForList("select id from team where name <> 'Ambulant team Utrecht'", Long.class);
        for (Long other : others) {
            assertThatThrownBy(() -> assignments.forTeam(other, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        }

        signIn("noor", Locale.ENGLISH);
        assertThatThrownBy(() -> assignments.assign(utrecht, List.of(noor), "naasten-betrekken", LocalDate.now(), Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(assignments.mine(Locale.ENGLISH)).isEmpty();
    }
}
