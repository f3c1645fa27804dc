package nl.kring.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.kring.base.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The teams the person is in or leads, and the courses assigned to them. */
@Component
class TeamPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    TeamPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "Teams";
    }

    @Override
    public List<Map<String, Object>> export(long userId, String username) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(jdbc.queryForList("select t.name as member_of_team, t.department from team_member m join team t on t.id = m.team_id"
                + " where m.user_id = ? order by t.name", userId));
        rows.addAll(jdbc.queryForList("select name as leads_team, department from team where lead_id = ? order by name", userId));
        rows.addAll(jdbc.queryForList("select t.name as team, a.course_id as assigned_course, a.due_on, a.assigned_at from assignment a"
                + " join team t on t.id = a.team_id where a.user_id = ? order by a.assigned_at", userId));
        return rows;
    }

    @Override
    public void erase(long userId, String username, String pseudonym) {
        jdbc.update("delete from assignment where user_id = ?", userId);
        jdbc.update("update assignment set assigned_by = null where assigned_by = ?", userId);
        jdbc.update("delete from team_member where user_id = ?", userId);
        jdbc.update("update team set lead_id = null where lead_id = ?", userId);
    }
}
