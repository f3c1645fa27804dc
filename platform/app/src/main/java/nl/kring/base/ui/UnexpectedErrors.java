package nl.kring.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The last resort for an exception in a click or other event on a page (ASVS V7.4.3; failed navigations have
 * {@link UnexpectedErrorView}): the exception goes to the log with a reference, and the user sees a short message with
 * that reference instead of nothing — never the exception itself.
 */
@Component
class UnexpectedErrors implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(UnexpectedErrors::handle));
    }

    static String handle(ErrorEvent error) {
        String reference = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        LOG.error("Unexpected error in an event on a page (reference {})", reference, error.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification.show(ui.getTranslation("error.event", reference), 8000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        return reference;
    }
}
