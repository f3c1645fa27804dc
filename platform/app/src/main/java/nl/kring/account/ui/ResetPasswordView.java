package nl.kring.account.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.kring.account.PasswordPolicy;
import nl.kring.account.PasswordReset;

/**
 * Where a single-use link from an e-mail leads (a password reset, an invitation, the first administrator): shows whose
 * account it is and lets them choose a password; a used or expired link says so and offers a new one.
 */
@Route("reset-password")
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PasswordReset reset;
    private final Div card = new Div();

    public ResetPasswordView(PasswordReset reset) {
        this.reset = reset;
        addClassName("kring-login");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        card.addClassName("kring-login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of()).stream()
                .findFirst().orElse("");
        card.removeAll();
        // The secret stays out of the browser's history (and out of later Referer headers) once the page has it.
        event.getUI().getPage().getHistory().replaceState(null, "reset-password");
        Optional<PasswordReset.LinkHolder> holder = reset.check(token);
        if (holder.isEmpty()) {
            Paragraph invalid = new Paragraph(getTranslation("reset.invalid"));
            invalid.setId("reset-invalid");
            card.add(new H1(getTranslation("reset.title")), invalid,
                    new Anchor("forgot-password", getTranslation("reset.ask-new")), new Paragraph(),
                    new Anchor("login", getTranslation("forgot.back")));
            return;
        }
        showForm(token, holder.get());
    }

    private void showForm(String token, PasswordReset.LinkHolder holder) {
        PasswordField fresh = new PasswordField(getTranslation("password.new"));
        fresh.setId("new-password");
        fresh.setHelperText(getTranslation("password.rule"));
        fresh.setMaxLength(PasswordPolicy.MAX_LENGTH);
        fresh.setRevealButtonVisible(true);
        PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
        repeat.setId("repeat-password");
        fresh.setWidthFull();
        repeat.setWidthFull();
        Button save = new Button(getTranslation("password.save"), e -> {
            fresh.setInvalid(false);
            repeat.setInvalid(false);
            if (!fresh.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("password.error.repeat"));
                repeat.setInvalid(true);
                return;
            }
            try {
                reset.choosePassword(token, fresh.getValue());
                getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.simple(Map.of("password-chosen", "yes"))));
            } catch (IllegalArgumentException problem) {
                fresh.setErrorMessage(getTranslation(problem.getMessage()));
                fresh.setInvalid(true);
            }
        });
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph who = new Paragraph(getTranslation(holder.invitation() ? "reset.welcome" : "reset.for", holder.displayName(),
                holder.username()));
        who.setId("reset-for");
        card.add(new H1(getTranslation(holder.invitation() ? "reset.title-first" : "reset.title")), who,
                new Paragraph(getTranslation("password.intro")), fresh, repeat, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title") + " · Kring";
    }
}
