package nl.kring.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.kring.base.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The account itself: name, e-mail address, roles, language; erased last, with its links and failed sign-ins. */
@Component
class AccountPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;
    private final SessionRevocations sessions;

    AccountPersonalData(JdbcTemplate jdbc, SessionRevocations sessions) {
        this.jdbc = jdbc;
        this.sessions = sessions;
    }

    @Override
    public String section() {
        return "Account";
    }

    @Override
    public List<Map<String, Object>> export(long userId, String username) {
        List<Map<String, Object>> rows = new ArrayList<>(jdbc.queryForList("select username as user_name, display_name as name, email,"
                + " preferred_language as language, created_at, sessions_valid_from as signed_out_everywhere_at"
                + " from user_account where id = ?", userId));
        rows.addAll(jdbc.queryForList("select role from user_role where user_id = ? order by role", userId));
        rows.addAll(jdbc.queryForList("select purpose as password_link, created_at, expires_at, used_at from account_token"
                + " where user_id = ? order by created_at", userId));
        return rows;
    }

    @Override
    public void erase(long userId, String username, String pseudonym) {
        jdbc.update("delete from sign_in_throttle where throttle_key = ?", SignInThrottle.accountKey(username));
        jdbc.update("delete from user_account where id = ?", userId);
        sessions.erased(userId);
    }

    @Override
    public int eraseOrder() {
        return Integer.MAX_VALUE;
    }
}
