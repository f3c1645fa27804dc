package nl.kring.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kring.assessment.QuizService;
import nl.kring.assessment.QuizSession;
import nl.kring.audit.SecurityEventType;
import nl.kring.audit.SecurityLog;
import nl.kring.certification.CertificationService;
import nl.kring.learning.ActivityPlay;
import nl.kring.learning.ActivityPlayService;
import nl.kring.learning.LearningService;
import nl.kring.support.KaribuSpringTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * A person downloads all their data, and an administrator erases them (GDPR articles 15, 17, 20; ASVS V8.3): then a
 * scan of every column of every table finds neither their user name, name, e-mail address nor id, while the anonymous
 * quiz answers still count and their certificate still verifies, without a name. A Spring context (and database) of its
 * own, so the demo learner it erases stays in the one the other tests share.
 */
@org.springframework.test.context.TestPropertySource(properties = "kring.test.context=erasure")
class PersonalDataIT extends KaribuSpringTest {

    @Autowired
    PrivacyService privacy;

    @Autowired
    QuizService quizzes;

    @Autowired
    LearningService learning;

    @Autowired
    ActivityPlayService plays;

    @Autowired
    CertificationService certification;

    @Autowired
    SecurityLog log;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    UserDetailsService users;

    @Test
    void aPersonDownloadsEverythingAndAnErasedPersonIsNowhereInTheDatabase() throws Exception {
        long ilse = jdbc.queryForObject("select id from user_account where username = 'ilse'", Long.class);
        jdbc.update("update user_account set email = 'ilse.visser@example.org' where id = ?", ilse);
        signIn("ilse", Locale.ENGLISH);
        learning.enroll("genogram");
        learning.markDone("genogram", "01-wat-en-waarom", "1.0.0");
        QuizSession quiz = quizzes.startOrResume("genogram", "oefenvragen", Locale.ENGLISH);
        quizzes.saveAnswer(quiz.attemptId(), quiz.questions().get(0).leaf().id(), List.of("a"));
        quizzes.submit(quiz.attemptId(), Locale.ENGLISH);
        ActivityPlay play = plays.current("genogram", "bouwen-john", Locale.ENGLISH);
        plays.keepDraft(play.attemptId(), "persoon Ilse Visser (draft)");
        String code = certification.myCertificates().get(0).code();

        JsonNode json = new ObjectMapper().readTree(privacy.mineAsJson());
        assertThat(json.get("username").asText()).isEqualTo("ilse");
        JsonNode sections = json.get("sections");
        assertThat(sections.get("Account").toString()).contains("Ilse Visser", "ilse.visser@example.org", "LEARNER");
        assertThat(sections.get("Learning").toString()).contains("\"enrolled_in\":\"genogram\"", "01-wat-en-waarom", "persoon Ilse Visser (draft)");
        assertThat(sections.get("Quizzes").toString()).contains("oefenvragen", quiz.questions().get(0).leaf().id());
        assertThat(sections.get("Competences").size()).isPositive();
        assertThat(sections.get("Certificates").toString()).contains(code);
        assertThat(sections.get("Teams").toString()).contains("member_of_team");
        assertThat(sections.get("Security log").toString()).contains("ACCOUNT_CREATED");
        assertThat(sections.get("Plugins").toString()).as("a plugin that keeps data of its own hands it over")
                .contains("\"plugin\":\"activity-throwing\"", "notes kept by the test plugin for kring-user-" + ilse);
        String pdf = new PDFTextStripper().getText(Loader.loadPDF(privacy.mineAsPdf("en")));
        assertThat(pdf).contains("Your data in Kring", "Ilse Visser", "Certificates (", code, "enrolled in: genogram");
        assertThatThrownBy(() -> privacy.preview(ilse)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> privacy.erase(ilse, "ilse")).as("a learner erases nobody").isInstanceOf(AccessDeniedException.class);

        long anonymousAttemptsBefore = count("select count(*) from quiz_attempt where user_id is null");
        signIn("admin", Locale.ENGLISH);
        assertThat(privacy.preview(ilse)).containsKeys("Account", "Learning", "Quizzes", "Competences", "Certificates");
        assertThatThrownBy(() -> privacy.erase(ilse, "Ilse")).hasMessage("privacy.error.confirmation");
        long admin = jdbc.queryForObject("select id from user_account where username = 'admin'", Long.class);
        assertThatThrownBy(() -> privacy.erase(admin, "admin")).hasMessage("privacy.error.self");

        assertThat(scan(ilse, "ilse", "Ilse Visser", "ilse.visser@example.org")).as("the scan finds her before the erasure")
                .contains("user_account.username: 1 row(s)", "user_account.display_name: 1 row(s)", "user_account.email: 1 row(s)",
                        "certificate.holder_name: 1 row(s)")
                .anySatisfy(hit -> assertThat(hit).startsWith("security_event.actor: "))
                .anySatisfy(hit -> assertThat(hit).startsWith("quiz_attempt.user_id = "))
                .anySatisfy(hit -> assertThat(hit).startsWith("activity_attempt.draft"))
                .anySatisfy(hit -> assertThat(hit).startsWith("team_member.user_id = "));

        String pseudonym = privacy.erase(ilse, "ilse");

        assertThat(System.getProperty("kring.test.notebook.kring-user-" + ilse)).as("the plugin was asked to forget her")
                .isEqualTo("forgotten");
        List<String> found = scan(ilse, "ilse", "Ilse Visser", "ilse.visser@example.org");
        assertThat(found).as("traces of the erased person in the database").isEmpty();
        assertThatThrownBy(() -> users.loadUserByUsername("ilse")).isInstanceOf(UsernameNotFoundException.class);
        assertThat(count("select count(*) from quiz_attempt where user_id is null")).as("her submitted attempt still counts, anonymously")
                .isEqualTo(anonymousAttemptsBefore + 1);
        assertThat(certification.verify(code)).hasValueSatisfying(certificate ->
                assertThat(certificate.holderName()).as("the certificate verifies, without a name").isNull());
        assertThat(log.latest(1, 500)).filteredOn(e -> e.type() == SecurityEventType.ACCOUNT_ERASED).anySatisfy(e -> {
            assertThat(e.subject()).isEqualTo(pseudonym);
            assertThat(e.actor()).isEqualTo("admin");
        });
        assertThat(log.latest(1, 500)).filteredOn(e -> e.type() == SecurityEventType.PERSONAL_DATA_EXPORTED)
                .anySatisfy(e -> assertThat(e.subject()).as("her earlier lines carry the pseudonym").isEqualTo(pseudonym));
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    /**
     * Every text column of every table, searched for the person's user name (as a whole value or as a key such as
     * account:ilse), name and e-mail address; every column that refers to users, for their id.
     */
    private List<String> scan(long id, String username, String name, String email) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet columns = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                while (columns.next()) {
                    String table = columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    String column = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    int type = columns.getInt("DATA_TYPE");
                    if (table.startsWith("flyway")) {
                        continue;
                    }
                    if (type == Types.VARCHAR || type == Types.CHAR || type == Types.CLOB || type == Types.LONGVARCHAR
                            || type == Types.NVARCHAR) {
                        String sql = "select count(*) from " + table + " where lower(" + column + ") = ? or " + column + " like ? or "
                                + column + " like ? or lower(" + column + ") like ?";
                        long hits = jdbc.queryForObject(sql, Long.class, username, "%" + name + "%", "%" + email + "%",
                                "%:" + username);
                        if (hits > 0) {
                            found.add(table + "." + column + ": " + hits + " row(s)");
                        }
                    } else if ((type == Types.BIGINT || type == Types.INTEGER) && refersToUsers(column)) {
                        long hits = jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?", Long.class, id);
                        if (hits > 0) {
                            found.add(table + "." + column + " = " + id + ": " + hits + " row(s)");
                        }
                    }
                }
            }
        }
        return found;
    }

    private static boolean refersToUsers(String column) {
        return column.equals("user_id") || column.endsWith("_by") || column.equals("lead_id") || column.equals("observer_id")
                || column.equals("reviewer_id") || column.equals("member_id");
    }
}
