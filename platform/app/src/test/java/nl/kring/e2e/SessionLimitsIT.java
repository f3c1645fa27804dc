package nl.kring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import com.vaadin.flow.spring.SpringServlet;
import nl.kring.account.AccountService;
import nl.kring.audit.SecurityEventType;
import nl.kring.audit.SecurityLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/**
 * Sessions end (ASVS V3.3): after an absolute limit however active the user is; on "sign out everywhere" on every
 * device; after 30 minutes without the user doing anything (heartbeats of an open tab do not count).
 */
class SessionLimitsIT {

    @TempDir
    Path dataDir;

    @Test
    void aSessionEndsAtItsAbsoluteLimitAndSigningOutEverywhereEndsEverySessionOfThatUser() throws Exception {
        try (KringServer kring = new KringServer(dataDir).start("--kring.session.absolute-timeout=6s")) {
            WebClient laptop = new WebClient(kring);
            WebClient phone = new WebClient(kring);
            WebClient colleague = new WebClient(kring);
            assertThat(laptop.signIn("daan", "kring-oefenen")).isEqualTo("/");
            assertThat(phone.signIn("daan", "kring-oefenen")).isEqualTo("/");
            assertThat(colleague.signIn("noor", "kring-oefenen")).isEqualTo("/");
            assertThat(laptop.signedIn()).isTrue();
            assertThat(phone.signedIn()).isTrue();

            kring.as("daan", () -> {
                kring.bean(AccountService.class).signOutEverywhere();
                return null;
            });

            assertThat(laptop.signedIn()).as("daan's laptop is signed out").isFalse();
            assertThat(phone.signedIn()).as("and his phone").isFalse();
            assertThat(colleague.signedIn()).as("noor is not").isTrue();
            assertThat(phone.signIn("daan", "kring-oefenen")).as("back to the page he was on").isEqualTo("/my-learning?continue");
            assertThat(phone.signedIn()).as("signing in again works").isTrue();

            WebClient lead = new WebClient(kring);
            assertThat(lead.signIn("lead", "kring-oefenen")).isEqualTo("/");
            assertThat(lead.signOut()).as("signing out leads to the start page, which asks to sign in").isEqualTo("/");
            assertThat(lead.signedIn()).as("the old session cookie no longer signs anyone in").isFalse();

            WebClient ilse = new WebClient(kring);
            assertThat(ilse.signIn("ilse", "kring-oefenen")).isEqualTo("/");
            long ilseId = kring.bean(org.springframework.jdbc.core.JdbcTemplate.class)
                    .queryForObject("select id from user_account where username = 'ilse'", Long.class);
            kring.as("admin", () -> kring.bean(nl.kring.privacy.PrivacyService.class).erase(ilseId, "ilse"));
            assertThat(ilse.signedIn()).as("an erased person's open session ends at once").isFalse();

            Thread.sleep(6_500);
            assertThat(colleague.signedIn()).as("six seconds after sign-in the limit has passed").isFalse();
            assertThat(kring.as("admin", () -> kring.bean(SecurityLog.class).latest(1, 100)))
                    .filteredOn(e -> e.type() == SecurityEventType.SESSION_ENDED)
                    .anySatisfy(e -> assertThat(e.subject()).isEqualTo("daan"))
                    .anySatisfy(e -> assertThat(e.subject()).isEqualTo("noor"));
        }
    }

    @Test
    void anIdleSessionEndsAfterThirtyMinutesAndOpenTabsDoNotKeepItAlive() throws Exception {
        try (KringServer kring = new KringServer(dataDir).start()) {
            WebClient browser = new WebClient(kring);
            browser.signIn("daan", "kring-oefenen");
            assertThat(browser.signedIn()).isTrue();

            assertThat(kring.bean(ServerProperties.class).getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
            SpringServlet vaadin = (SpringServlet) kring.bean("servletRegistrationBean", ServletRegistrationBean.class).getServlet();
            assertThat(vaadin.getService().getDeploymentConfiguration().isCloseIdleSessions())
                    .as("Vaadin's heartbeats do not count as activity").isTrue();
        }
    }
}
