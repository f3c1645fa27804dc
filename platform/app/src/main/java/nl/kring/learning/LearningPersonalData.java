package nl.kring.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.kring.base.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Enrolments, lessons read, activities played (with drafts and trainers' reviews) and observations of the person. */
@Component
class LearningPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    LearningPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "Learning";
    }

    @Override
    public List<Map<String, Object>> export(long userId, String username) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(jdbc.queryForList("select course_id as enrolled_in, enrolled_at from enrollment where user_id = ? order by enrolled_at",
                userId));
        rows.addAll(jdbc.queryForList("select course_id, lesson_id as lesson_read, course_version, completed_at from lesson_progress"
                + " where user_id = ? order by completed_at", userId));
        rows.addAll(jdbc.queryForList("select course_id, activity_id as activity, attempt_number, course_version, started_at, updated_at,"
                + " finished_at, score, state, draft from activity_attempt where user_id = ? order by started_at", userId));
        rows.addAll(jdbc.queryForList("select a.course_id, a.activity_id as activity_reviewed, r.request_id, r.response, r.self_code,"
                + " r.trainer_code, r.trainer_comment, r.reviewed_at from activity_review r join activity_attempt a on a.id = r.attempt_id"
                + " where a.user_id = ? order by r.id", userId));
        rows.addAll(jdbc.queryForList("select course_id, activity_id as activity_observed, score, answers, feedback, observed_at"
                + " from activity_observation where user_id = ? order by observed_at", userId));
        return rows;
    }

    @Override
    public void erase(long userId, String username, String pseudonym) {
        jdbc.update("delete from activity_observation where user_id = ?", userId);
        jdbc.update("delete from activity_attempt where user_id = ?", userId);
        jdbc.update("delete from lesson_progress where user_id = ?", userId);
        jdbc.update("delete from enrollment where user_id = ?", userId);
    }
}
