package nl.kring.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import nl.kring.account.ui.ChangePasswordView;
import nl.kring.catalog.ui.CatalogView;
import nl.kring.support.KaribuSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class ChangePasswordViewIT extends KaribuSpringTest {

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void aUserWithAOneTimePasswordMustChooseANewOneBeforeAnythingElse() {
        accounts.createAccount("newcomer", "Nieuwe collega", "one-time-123", Set.of(Role.LEARNER), true);
        signIn("newcomer", Locale.ENGLISH);

        UI.getCurrent().navigate(CatalogView.class);

        assertThat(currentView()).isInstanceOf(ChangePasswordView.class);
        _setValue(_get(PasswordField.class, spec -> spec.withId("current-password")), "one-time-123");
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "short");
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), "short");
        _click(_get(Button.class, spec -> spec.withId("save-password")));
        NotificationsKt.expectNotifications("The new password needs at least 12 characters.");

        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "a much better secret");
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), "a much better secret");
        _click(_get(Button.class, spec -> spec.withId("save-password")));

        UserAccount account = repository.findByUsername("newcomer").orElseThrow();
        assertThat(account.isMustChangePassword()).isFalse();
        assertThat(passwords.matches("a much better secret", account.getPasswordHash())).isTrue();
        UI.getCurrent().navigate(CatalogView.class);
        assertThat(currentView()).isInstanceOf(CatalogView.class);
    }

    @Test
    void aWrongCurrentPasswordIsRefusedWithAClearMessage() {
        signIn("noor", Locale.forLanguageTag("nl"));
        UI.getCurrent().navigate(ChangePasswordView.class);

        _setValue(_get(PasswordField.class, spec -> spec.withId("current-password")), "not-my-password");
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "another long secret");
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), "another long secret");
        _click(_get(Button.class, spec -> spec.withId("save-password")));

        NotificationsKt.expectNotifications("Het huidige wachtwoord klopt niet.");
        assertThat(passwords.matches("kring-oefenen", repository.findByUsername("noor").orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void aCommonPasswordIsRefusedAndAGoodOneEndsTheOtherSessions() {
        signIn("daan", Locale.ENGLISH);
        UI.getCurrent().navigate(ChangePasswordView.class);
        _setValue(_get(PasswordField.class, spec -> spec.withId("current-password")), "kring-oefenen");
        assertThat(_get(PasswordField.class, spec -> spec.withId("new-password")).isRevealButtonVisible())
                .as("the new password can be shown while typing it").isTrue();
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "Password1234!");
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), "Password1234!");
        _click(_get(Button.class, spec -> spec.withId("save-password")));
        NotificationsKt.expectNotifications(
                "This password is too common or appears in lists of leaked passwords; choose another, e.g. a short sentence.");
        assertThat(repository.findByUsername("daan").orElseThrow().getSessionsValidFrom()).isNull();

        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "ik fiets elke dag naar de kliniek");
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), "ik fiets elke dag naar de kliniek");
        _click(_get(Button.class, spec -> spec.withId("save-password")));

        UserAccount daan = repository.findByUsername("daan").orElseThrow();
        try {
            assertThat(passwords.matches("ik fiets elke dag naar de kliniek", daan.getPasswordHash())).isTrue();
            assertThat(daan.getSessionsValidFrom()).as("sessions that began before the change end").isNotNull();
        } finally {
            daan.changePassword(passwords.encode("kring-oefenen"), false);
            daan.endSessionsBefore(null);
            repository.save(daan);
        }
    }

    private static Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }
}
