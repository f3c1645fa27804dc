package nl.kring.audit;

import java.util.List;
import java.util.Map;

import nl.kring.base.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The person's lines in the security log (their sign-ins, password changes …). On erasure the lines stay — they are
 * the record that things happened — with a pseudonym in place of the user name.
 */
@Component
class AuditPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    AuditPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "Security log";
    }

    @Override
    public List<Map<String, Object>> export(long userId) {
        String username = jdbc.queryForObject("select username from user_account where id = ?", String.class, userId);
        return jdbc.queryForList("select occurred_at, event_type as event, actor, subject, address, detail from security_event"
                + " where actor = ? or subject = ? order by occurred_at, id", username, username);
    }

    @Override
    public void erase(long userId, String username, String pseudonym) {
        jdbc.update("update security_event set actor = case when actor = ? then ? else actor end,"
                + " subject = case when subject = ? then ? else subject end where actor = ? or subject = ?",
                username, pseudonym, username, pseudonym, username, username);
    }
}
