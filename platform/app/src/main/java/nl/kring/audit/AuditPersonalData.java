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
    private final SecurityEventRepository events;

    AuditPersonalData(JdbcTemplate jdbc, SecurityEventRepository events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public String section() {
        return "Security log";
    }

    @Override
    public List<Map<String, Object>> export(long userId, String username) {
        return jdbc.queryForList("select occurred_at, event_type as event, actor, subject, address, detail from security_event"
                + " where actor = ? or subject = ? order by occurred_at, id", username, username);
    }

    @Override
    public void erase(long userId, String username, String pseudonym) {
        events.pseudonymise(username, pseudonym);
    }
}
