package nl.kring.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import nl.kring.account.AccountService;
import nl.kring.account.PasswordPolicy;
import nl.kring.base.ui.MainLayout;

/** Lets a signed-in user choose a new password; the first administrator is sent here after signing in. */
@Route(value = "account/password", layout = MainLayout.class)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    public ChangePasswordView(AccountService accounts, AuthenticationContext authentication) {
        addClassName("kring-narrow-page");
        PasswordField current = new PasswordField(getTranslation("password.current"));
        PasswordField fresh = new PasswordField(getTranslation("password.new"));
        fresh.setHelperText(getTranslation("password.rule"));
        PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
        current.setId("current-password");
        fresh.setId("new-password");
        repeat.setId("repeat-password");
        for (PasswordField field : new PasswordField[] {current, fresh, repeat}) {
            field.setWidthFull();
        }
        Button save = new Button(getTranslation("password.save"), e -> {
            if (!fresh.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("password.error.repeat"));
                return;
            }
            try {
                accounts.changeOwnPassword(current.getValue(), fresh.getValue());
                VaadinSession.getCurrent().setAttribute(PasswordChangeGuard.MUST_CHANGE, Boolean.FALSE);
                Notification.show(getTranslation("password.saved"), 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (IllegalArgumentException problem) {
                Notification.show(getTranslation(problem.getMessage()), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fresh.setMaxLength(PasswordPolicy.MAX_LENGTH);
        fresh.setRevealButtonVisible(true);
        boolean required = accounts.mustChangePassword();
        add(new H2(getTranslation("password.title")),
                new Paragraph(getTranslation(required ? "password.required" : "password.intro")),
                current, fresh, repeat, save, signOutEverywhere(accounts, authentication));
        setMaxWidth("28rem");
    }

    /** Ends every session of this user: a lost phone, a shared computer left signed in. */
    private Div signOutEverywhere(AccountService accounts, AuthenticationContext authentication) {
        Button everywhere = new Button(getTranslation("sessions.sign-out-everywhere"), VaadinIcon.SIGN_OUT.create(), e -> {
            accounts.signOutEverywhere();
            authentication.logout();
        });
        everywhere.setId("sign-out-everywhere");
        everywhere.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div box = new Div(new H3(getTranslation("sessions.title")), new Paragraph(getTranslation("sessions.intro")), everywhere);
        box.addClassName("kring-section");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
