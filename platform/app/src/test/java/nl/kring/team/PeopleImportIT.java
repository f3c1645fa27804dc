package nl.kring.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import nl.kring.account.Role;
import nl.kring.support.KaribuSpringTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Administrators import people from CSV: checked line by line first, then invited by e-mail and put in their teams. */
class PeopleImportIT extends KaribuSpringTest {

    private static final GreenMail MAIL = nl.kring.support.TestMail.start();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        nl.kring.support.TestMail.use(MAIL, registry);
    }

    @AfterAll
    static void stopMailServer() {
        MAIL.stop();
    }

    @Autowired
    PeopleImport people;

    @Autowired
    TeamService teams;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    nl.kring.account.PasswordReset reset;

    @Autowired
    PasswordEncoder passwords;

    @AfterEach
    void removeImportedPeople() {
        jdbc.update("delete from account_token where user_id in (select id from user_account where username like 'imp-%')");
        jdbc.update("delete from team_member where user_id in (select id from user_account where username like 'imp-%')");
        jdbc.update("delete from user_account where username like 'imp-%'");
    }

    @Test
    void aWrongLineStopsTheWholeImportWithWhatAndWhere() {
        signIn("admin", Locale.ENGLISH);
        PeopleImport.Result result = people.importCsv("""
                username,name,email,roles,teams
                imp-anna,Anna de Boer,anna@example.org,learner,Ambulant team Utrecht
                imp-bram,Bram,not-an-address,juggler,Nowhere
                noor,Noor again,noor2@example.org,learner,
                """, "en");

        assertThat(result.invited()).isEmpty();
        assertThat(result.problems()).containsExactly(
                "line 3: 'not-an-address' is not an e-mail address",
                "line 3: unknown role 'juggler' (roles are learner, trainer, team_lead, admin)",
                "line 3: no team named 'Nowhere' (make it on the Teams page first)",
                "line 4: user name 'noor' is taken");
        assertThat(jdbc.queryForObject("select count(*) from user_account where username like 'imp-%'", Integer.class)).isZero();
        assertThat(people.importCsv("name,email\nx,y", "en").problems()).singleElement().asString().startsWith("line 1:");
    }

    @Test
    void everyoneIsInvitedByEmailAndPutInTheirTeams() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
        signIn("admin", Locale.ENGLISH);
        PeopleImport.Result result = people.importCsv("""
                username,name,email,roles,teams
                imp-anna,Anna de Boer,anna@example.org,learner,Ambulant team Utrecht
                imp-karim,Karim Haddou,karim@example.org,learner;team_lead,
                """, "nl");

        assertThat(result.problems()).isEmpty();
        assertThat(result.invited()).hasSize(2).allSatisfy(i -> {
            assertThat(i.emailed()).isTrue();
            assertThat(i.link()).as("never shown when it was e-mailed").isEmpty();
        });
        assertThat(result.invited().get(1).user().roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.TEAM_LEAD);
        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("anna@example.org");
        assertThat(received[0].getSubject()).isEqualTo("Je account voor Kring");
        String body = received[0].getContent().toString();
        assertThat(body).contains("Je gebruikersnaam is imp-anna").doesNotContainIgnoringCase("wachtwoord:");
        String token = body.lines().filter(l -> l.startsWith("http://localhost:8080/reset-password?token=")).findFirst()
                .orElseThrow().substring("http://localhost:8080/reset-password?token=".length()).strip();
        assertThat(reset.check(token)).as("the e-mailed link is for Anna's invitation")
                .hasValueSatisfying(holder -> assertThat(holder.username()).isEqualTo("imp-anna"))
                .hasValueSatisfying(holder -> assertThat(holder.invitation()).isTrue());
        assertThat(reset.choosePassword(token, "anna kiest haar eigen zin")).isEqualTo("imp-anna");
        String hash = jdbc.queryForObject("select password_hash from user_account where username = 'imp-anna'", String.class);
        assertThat(passwords.matches("anna kiest haar eigen zin", hash)).as("the chosen password signs in").isTrue();
        assertThat(reset.check(token)).as("the link works once").isEmpty();
        assertThat(teams.all()).filteredOn(t -> t.name().equals("Ambulant team Utrecht")).singleElement()
                .satisfies(t -> assertThat(t.memberIds()).contains(result.invited().get(0).user().id()));
    }

    @Test
    void onlyAdministratorsImport() {
        signIn("lead", Locale.ENGLISH);
        assertThatThrownBy(() -> people.importCsv("username,name,email,roles,teams\n", "en")).isInstanceOf(AccessDeniedException.class);
    }
}
