package nl.kring.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import nl.kring.account.AccountService;
import nl.kring.account.CurrentUser;
import org.springframework.stereotype.Component;

/** Sends a user who signed in with a one-time password to {@link ChangePasswordView} before anything else. */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    static final String MUST_CHANGE = "kring.must-change-password";
    private final AccountService accounts;
    private final CurrentUser currentUser;

    PasswordChangeGuard(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (currentUser.get().isEmpty() || event.getNavigationTarget() == ChangePasswordView.class
                || event.getNavigationTarget() == LoginView.class) {
            return;
        }
        VaadinSession session = VaadinSession.getCurrent();
        Object known = session.getAttribute(MUST_CHANGE);
        boolean mustChange = known instanceof Boolean b ? b : accounts.mustChangePassword();
        session.setAttribute(MUST_CHANGE, mustChange);
        if (mustChange) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
