package nl.kring.certification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.kring.base.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Certificates and the accreditation ledger. On erasure a certificate keeps its code, programme and dates but loses
 * its holder (name and account): the public verification page then says it was issued and to whom it can no longer
 * say (docs/security.md, "Erasure"); the ledger lines go.
 */
@Component
class CertificationPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    CertificationPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "Certificates";
    }

    @Override
    public List<Map<String, Object>> export(long userId, String username) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(jdbc.queryForList("select programme_title as certificate, holder_name, code, points, register, issued_at, valid_until,"
                + " reminded_at from certificate where user_id = ? order by issued_at", userId));
        rows.addAll(jdbc.queryForList("select course_title as accredited_course, course_version, points, completed_at"
                + " from accreditation_entry where user_id = ? order by completed_at", userId));
        return rows;
    }

    @Override
    public void erase(long userId, String username, String pseudonym) {
        jdbc.update("delete from accreditation_entry where user_id = ?", userId);
        jdbc.update("update certificate set user_id = null, holder_name = null where user_id = ?", userId);
    }
}
