package nl.kring.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.kring.base.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Quiz attempts with every answer, and refreshers made for the person. On erasure the submitted attempts stay, without
 * anyone's id, so the item statistics trainers use (difficulty, discrimination) keep counting; attempts in progress
 * and refreshers go.
 */
@Component
class QuizPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    QuizPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "Quizzes";
    }

    @Override
    public List<Map<String, Object>> export(long userId, String username) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(jdbc.queryForList("select course_id, quiz_id as quiz, attempt_number, course_version, started_at, submitted_at, score,"
                + " passed from quiz_attempt where user_id = ? order by started_at", userId));
        rows.addAll(jdbc.queryForList("select t.quiz_id as quiz, t.attempt_number, a.item_id as question, a.response as answer,"
                + " a.score, a.answered_at from quiz_answer a join quiz_attempt t on t.id = a.attempt_id where t.user_id = ?"
                + " order by a.answered_at", userId));
        rows.addAll(jdbc.queryForList("select course_id, title_en as refresher, created_at from refresher where user_id = ?", userId));
        return rows;
    }

    @Override
    public void erase(long userId, String username, String pseudonym) {
        jdbc.update("delete from refresher where user_id = ?", userId);
        jdbc.update("delete from quiz_attempt where user_id = ? and submitted_at is null", userId);
        jdbc.update("update quiz_attempt set user_id = null where user_id = ?", userId);
    }
}
