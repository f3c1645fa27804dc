package nl.kring.benchmark;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A large organisation for benchmarks, written straight into the database with batched inserts: {@code learners}
 * learners in teams of {@code teamSize} (each team with its own lead), {@code evidencePerLearner} pieces of evidence
 * each spread over {@code competences} competences (the framework's eight and made-up others), and one certificate
 * per learner. The same seed gives the same data.
 */
final class OrganisationData {

    static final String[] FRAMEWORK = {"network-involvement", "network-conversation", "craft", "motivational-interviewing",
        "genogram", "social-support", "recovery-oriented-care", "family-wellbeing"};
    private static final String[] SOURCES = {"QUIZ", "ACTIVITY", "OBSERVATION"};
    private static final int BATCH = 5_000;

    private final JdbcTemplate jdbc;
    private final Random random;

    OrganisationData(JdbcTemplate jdbc, long seed) {
        this.jdbc = jdbc;
        this.random = new Random(seed);
    }

    /** Writes everything; returns the id of the first team and the user name of its lead. */
    Team write(int learners, int teamSize, int competences, int evidencePerLearner) {
        Instant now = Instant.now();
        String hash = "{noop}not-used";
        List<Object[]> users = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            users.add(new Object[] {"bench-" + i, "Learner " + i, hash, Timestamp.from(now)});
        }
        int teams = (learners + teamSize - 1) / teamSize;
        for (int t = 0; t < teams; t++) {
            users.add(new Object[] {"bench-lead-" + t, "Lead " + t, hash, Timestamp.from(now)});
        }
        jdbc.batchUpdate("insert into user_account (username, display_name, password_hash, created_at) values (?, ?, ?, ?)", users,
                BATCH, (ps, u) -> {
                    ps.setString(1, (String) u[0]);
                    ps.setString(2, (String) u[1]);
                    ps.setString(3, (String) u[2]);
                    ps.setTimestamp(4, (Timestamp) u[3]);
                });
        long firstLearner = jdbc.queryForObject("select id from user_account where username = 'bench-0'", Long.class);
        long firstLead = jdbc.queryForObject("select id from user_account where username = 'bench-lead-0'", Long.class);
        jdbc.update("insert into user_role (user_id, role) select id, 'LEARNER' from user_account where username like 'bench-%'"
                + " and username not like 'bench-lead-%'");
        jdbc.update("insert into user_role (user_id, role) select id, 'TEAM_LEAD' from user_account where username like 'bench-lead-%'");
        List<Object[]> members = new ArrayList<>();
        for (int t = 0; t < teams; t++) {
            jdbc.update("insert into team (name, lead_id) values (?, ?)", "Bench team " + t, firstLead + t);
            long team = jdbc.queryForObject("select id from team where name = ?", Long.class, "Bench team " + t);
            for (int i = t * teamSize; i < Math.min(learners, (t + 1) * teamSize); i++) {
                members.add(new Object[] {team, firstLearner + i});
            }
        }
        jdbc.batchUpdate("insert into team_member (team_id, user_id) values (?, ?)", members, BATCH, (ps, m) -> {
            ps.setLong(1, (Long) m[0]);
            ps.setLong(2, (Long) m[1]);
        });
        writeEvidence(firstLearner, learners, competences, evidencePerLearner, now);
        writeCertificates(firstLearner, learners, now);
        long firstTeam = jdbc.queryForObject("select id from team where name = 'Bench team 0'", Long.class);
        return new Team(firstTeam, "bench-lead-0", firstLead);
    }

    private void writeEvidence(long firstLearner, int learners, int competences, int perLearner, Instant now) {
        List<Object[]> rows = new ArrayList<>(BATCH);
        long source = 1;
        for (int i = 0; i < learners; i++) {
            for (int e = 0; e < perLearner; e++) {
                int c = random.nextInt(competences);
                String competence = c < FRAMEWORK.length ? FRAMEWORK[c] : "extra-" + c;
                rows.add(new Object[] {firstLearner + i, competence, 1 + random.nextInt(3), SOURCES[random.nextInt(3)], source++,
                    random.nextDouble(), random.nextBoolean(), Timestamp.from(now.minus(Duration.ofDays(random.nextInt(700))))});
                if (rows.size() == BATCH) {
                    flushEvidence(rows);
                }
            }
        }
        flushEvidence(rows);
    }

    private void flushEvidence(List<Object[]> rows) {
        jdbc.batchUpdate("insert into competence_evidence (user_id, competence_id, level, source, source_id, course_id,"
                + " course_version, element_id, score, passed, recorded_at) values (?, ?, ?, ?, ?, 'naasten-betrekken', '1.0.0',"
                + " 'bench', ?, ?, ?)", rows, BATCH, (ps, r) -> {
                    ps.setLong(1, (Long) r[0]);
                    ps.setString(2, (String) r[1]);
                    ps.setInt(3, (Integer) r[2]);
                    ps.setString(4, (String) r[3]);
                    ps.setLong(5, (Long) r[4]);
                    ps.setDouble(6, (Double) r[5]);
                    ps.setBoolean(7, (Boolean) r[6]);
                    ps.setTimestamp(8, (Timestamp) r[7]);
                });
        rows.clear();
    }

    private void writeCertificates(long firstLearner, int learners, Instant now) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            Instant issued = now.minus(Duration.ofDays(random.nextInt(900)));
            rows.add(new Object[] {firstLearner + i, "KR-BENCH-" + i, Timestamp.from(issued),
                Timestamp.from(issued.plus(Duration.ofDays(730)))});
        }
        jdbc.batchUpdate("insert into certificate (user_id, programme_id, programme_title, holder_name, code, points, register,"
                + " issued_at, valid_until) values (?, 'naasten-basis', 'Basis', 'Learner', ?, 4, 'R', ?, ?)", rows, BATCH, (ps, r) -> {
                    ps.setLong(1, (Long) r[0]);
                    ps.setString(2, (String) r[1]);
                    ps.setTimestamp(3, (Timestamp) r[2]);
                    ps.setTimestamp(4, (Timestamp) r[3]);
                });
    }

    /** The team to open and its lead. */
    record Team(long id, String lead, long leadId) {
    }
}
