package nl.kring.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.kring.assessment.QuizService;
import nl.kring.assessment.QuizSession;
import nl.kring.certification.CertificationService;
import nl.kring.support.KaribuSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Data scoping (ASVS V4.2.1, insecure direct object references): a learner who knows — or guesses — the id of
 * another learner's quiz attempt, activity attempt or certificate can neither read nor change it; each service looks
 * records up together with the signed-in user. (Team leads and their own team only: TeamOverviewIT.)
 */
class DataScopingIT extends KaribuSpringTest {

    @Autowired
    QuizService quizzes;

    @Autowired
    ActivityPlayService plays;

    @Autowired
    ActivityReviewService reviews;

    @Autowired
    CertificationService certification;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeNoorsWork() {
        jdbc.update("delete from quiz_attempt where user_id = (select id from user_account where username = 'noor')"
                + " and course_id = 'genogram'");
        jdbc.update("delete from activity_attempt where user_id = (select id from user_account where username = 'noor')"
                + " and course_id = 'genogram'");
    }

    @Test
    void aLearnerCannotReadOrChangeAnotherLearnersAttemptsOrCertificates() {
        signIn("noor", Locale.ENGLISH);
        QuizSession quiz = quizzes.startOrResume("genogram", "oefenvragen", Locale.ENGLISH);
        String item = quiz.questions().get(0).leaf().id();
        quizzes.saveAnswer(quiz.attemptId(), item, List.of("a"));
        ActivityPlay play = plays.current("genogram", "bouwen-john", Locale.ENGLISH);
        plays.keepDraft(play.attemptId(), "Noor's half-drawn genogram");
        long ilsesCertificate = jdbc.queryForObject("select c.id from certificate c join user_account u on u.id = c.user_id"
                + " where u.username = 'ilse'", Long.class);

        signIn("daan", Locale.ENGLISH);
        assertThatThrownBy(() -> quizzes.saveAnswer(quiz.attemptId(), item, List.of("b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("of this learner");
        assertThatThrownBy(() -> quizzes.check(quiz.attemptId(), item, List.of("b"), Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> quizzes.submit(quiz.attemptId(), Locale.ENGLISH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plays.keepDraft(play.attemptId(), "overwritten by Daan")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plays.move(play.attemptId(), Map.of(), Locale.ENGLISH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reviews.mine(play.attemptId())).isInstanceOf(IllegalArgumentException.class);
        assertThat(certification.mine(ilsesCertificate)).as("someone else's certificate").isEmpty();
        assertThat(certification.pdf(ilsesCertificate, Locale.ENGLISH)).as("nor its PDF").isEmpty();

        assertThat(jdbc.queryForObject("select response from quiz_answer where attempt_id = ? and item_id = ?", String.class,
                quiz.attemptId(), item)).as("Noor's answer is as she left it").contains("a").doesNotContain("b");
        assertThat(jdbc.queryForObject("select draft from activity_attempt where id = ?", String.class, play.attemptId()))
                .isEqualTo("Noor's half-drawn genogram");
        assertThat(jdbc.queryForObject("select submitted_at from quiz_attempt where id = ?", java.sql.Timestamp.class,
                quiz.attemptId())).as("and not submitted for her").isNull();

        signIn("noor", Locale.ENGLISH);
        quizzes.saveAnswer(quiz.attemptId(), item, List.of("b"));
        assertThat(jdbc.queryForObject("select response from quiz_answer where attempt_id = ? and item_id = ?", String.class,
                quiz.attemptId(), item)).as("she herself can").contains("b");
    }
}
