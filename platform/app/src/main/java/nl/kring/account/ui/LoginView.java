package nl.kring.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in page: Kring's name and purpose, the login form, in the browser's language. */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    public LoginView() {
        addClassName("kring-login");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        Image logo = new Image("images/kring-logo.svg", "");
        logo.setHeight("64px");
        H1 title = new H1("Kring");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("kring-login-tagline");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> form.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        notice.addClassName("kring-note");
        notice.setId("login-notice");
        notice.setVisible(false);

        Div card = new Div(logo, title, tagline, notice, form);
        card.addClassName("kring-login-card");
        add(card);
    }

    private LoginI18n i18n(boolean locked) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(locked ? "login.locked.title" : "login.error.title"));
        error.setMessage(getTranslation(locked ? "login.locked.message" : "login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean locked = parameters.containsKey("locked");
        form.setI18n(i18n(locked));
        form.setError(locked || parameters.containsKey("error"));
        String note = parameters.containsKey("password-chosen") ? "login.password-chosen" : null;
        notice.setVisible(note != null);
        notice.setText(note == null ? "" : getTranslation(note));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Kring";
    }
}
