package nl.kring.team;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import nl.kring.account.UserSummary;
import nl.kring.support.KaribuSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Administrators put people in teams under a department; leads then see those teams; nobody else manages teams. */
class TeamAdminIT extends KaribuSpringTest {

    @Autowired
    TeamService teams;

    @Autowired
    TeamOverviewService overviews;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheTestTeam() {
        jdbc.update("delete from team where name in ('Kliniek Zuid', 'Kliniek Zuid 2')");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorMakesATeamWithADepartmentLeadAndMembersWhoMayBeInSeveralTeams() {
        signIn("admin", Locale.ENGLISH);
        UI.getCurrent().navigate("admin/teams");
        _click(_get(Button.class, spec -> spec.withId("teams-new")));
        _get(TextField.class, spec -> spec.withId("teams-name")).setValue("Kliniek Zuid");
        _get(ComboBox.class, spec -> spec.withId("teams-department")).setValue("Eindhoven / Kliniek");
        ComboBox<UserSummary> lead = _get(ComboBox.class, spec -> spec.withId("teams-lead"));
        lead.setValue(lead.getListDataView().getItems().filter(u -> u.username().equals("lead")).findFirst().orElseThrow());
        MultiSelectComboBox<UserSummary> members = _get(MultiSelectComboBox.class, spec -> spec.withId("teams-members"));
        members.setValue(members.getListDataView().getItems().filter(u -> Set.of("noor", "daan").contains(u.username()))
                .collect(java.util.stream.Collectors.toSet()));
        _click(_get(Button.class, spec -> spec.withId("teams-save")));

        Grid<TeamSummary> grid = _get(Grid.class, spec -> spec.withId("teams-grid"));
        TeamSummary made = GridKt._findAll(grid).stream().filter(t -> t.name().equals("Kliniek Zuid")).findFirst().orElseThrow();
        assertThat(made.department()).isEqualTo("Eindhoven / Kliniek");
        assertThat(made.memberIds()).hasSize(2);
        assertThatThrownBy(() -> teams.create("Kliniek Zuid", null, List.of())).hasMessageContaining("exists already");
        assertThatThrownBy(() -> teams.change(made.id(), " ", null, null, List.of())).hasMessageContaining("needs a name");

        signIn("lead", Locale.ENGLISH);
        assertThat(overviews.myTeams()).extracting(TeamSummary::name).contains("Ambulant team Utrecht", "Kliniek Zuid");
        assertThat(overviews.overview(made.id(), Locale.ENGLISH).members()).extracting(TeamOverview.Member::name)
                .containsExactly("Daan Janssen", "Noor Bakker");

        signIn("admin", Locale.ENGLISH);
        UI.getCurrent().navigate("admin/teams");
        Grid<TeamSummary> again = _get(Grid.class, spec -> spec.withId("teams-grid"));
        int row = GridKt._findAll(again).indexOf(GridKt._findAll(again).stream().filter(t -> t.name().equals("Kliniek Zuid"))
                .findFirst().orElseThrow());
        Button remove = (Button) ((com.vaadin.flow.component.orderedlayout.HorizontalLayout) GridKt._getCellComponent(again, row,
                "actions")).getComponentAt(1);
        assertThat(remove.getAriaLabel()).hasValue("Remove Kliniek Zuid?");
        _click(remove);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("teams-remove-confirm")));
        assertThat(teams.all()).extracting(TeamSummary::name).doesNotContain("Kliniek Zuid");
    }

    @Test
    void onlyAdministratorsManageTeams() {
        for (String user : List.of("lead", "trainer", "noor")) {
            signIn(user, Locale.ENGLISH);
            assertThatThrownBy(() -> teams.all()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> teams.create("Kliniek Zuid 2", null, List.of())).isInstanceOf(AccessDeniedException.class);
        }
    }
}
