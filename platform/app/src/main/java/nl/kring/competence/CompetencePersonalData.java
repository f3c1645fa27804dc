package nl.kring.competence;

import java.util.List;
import java.util.Map;

import nl.kring.base.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The evidence behind the person's competence levels, including trainers' practice assessments and their notes. */
@Component
class CompetencePersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    CompetencePersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "Competences";
    }

    @Override
    public List<Map<String, Object>> export(long userId, String username) {
        return jdbc.queryForList("select competence_id as competence, level, source, course_id, course_version, element_id, score,"
                + " passed, note, recorded_at from competence_evidence where user_id = ? order by recorded_at", userId);
    }

    @Override
    public void erase(long userId, String username, String pseudonym) {
        jdbc.update("delete from competence_evidence where user_id = ?", userId);
    }
}
