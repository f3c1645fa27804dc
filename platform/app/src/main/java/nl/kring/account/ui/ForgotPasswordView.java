package nl.kring.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.kring.account.PasswordReset;

/**
 * "Forgot your password?": asks for a user name or e-mail address and always gives the same answer, so the page tells
 * nobody which accounts exist. The link arrives by e-mail (see {@link PasswordReset}).
 */
@Route("forgot-password")
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    public ForgotPasswordView(PasswordReset reset) {
        addClassName("kring-login");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        TextField who = new TextField(getTranslation("forgot.who"));
        who.setId("forgot-who");
        who.setWidthFull();
        who.setMaxLength(320);
        who.setAutofocus(true);
        Paragraph answer = new Paragraph();
        answer.setId("forgot-answer");
        answer.addClassName("kring-note");
        answer.setVisible(false);
        Button send = new Button(getTranslation("forgot.send"));
        send.setId("forgot-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(e -> {
            if (who.getValue().isBlank()) {
                who.setInvalid(true);
                who.setErrorMessage(getTranslation("forgot.who-missing"));
                return;
            }
            who.setInvalid(false);
            reset.request(who.getValue(), getLocale().getLanguage());
            answer.setText(getTranslation("forgot.answer"));
            answer.setVisible(true);
            send.setEnabled(false);
        });
        Div card = new Div(new H1(getTranslation("forgot.title")), new Paragraph(getTranslation("forgot.intro")), who, send, answer,
                new Anchor("login", getTranslation("forgot.back")));
        card.addClassName("kring-login-card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title") + " · Kring";
    }
}
