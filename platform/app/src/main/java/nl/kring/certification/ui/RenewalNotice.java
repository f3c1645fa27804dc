package nl.kring.certification.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import nl.kring.base.KringTime;
import nl.kring.account.CurrentUser;
import nl.kring.certification.CertificationService;
import nl.kring.certification.IssuedCertificate;
import org.springframework.stereotype.Component;

/**
 * The in-app reminder: once per session, a signed-in learner whose certificate is due for renewal sees a notice
 * with the expiry date and a button to "My certificates".
 */
@Component
class RenewalNotice implements VaadinServiceInitListener {

    private static final String SHOWN = RenewalNotice.class.getName() + ".shown";

    private final transient CertificationService certification;
    private final transient CurrentUser currentUser;

    RenewalNotice(CertificationService certification, CurrentUser currentUser) {
        this.certification = certification;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(navigation -> {
            VaadinSession session = init.getUI().getSession();
            if (session.getAttribute(SHOWN) != null || currentUser.get().isEmpty()
                    || navigation.getLocation().getPath().startsWith("verify")) {
                return;
            }
            session.setAttribute(SHOWN, Boolean.TRUE);
            List<IssuedCertificate> due = certification.dueForRenewal();
            if (!due.isEmpty()) {
                show(init.getUI(), due.get(0));
            }
        }));
    }

    private static void show(UI ui, IssuedCertificate certificate) {
        String expires = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(ui.getLocale())
                .withZone(KringTime.ZONE).format(certificate.validUntil());
        Notification notice = new Notification();
        notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notice.setPosition(Notification.Position.TOP_CENTER);
        notice.setDuration(0);
        notice.setId("renewal-notice");
        Button open = new Button(ui.getTranslation("certificates.notice.open"), e -> {
            notice.close();
            ui.navigate("my-certificates");
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button close = new Button(ui.getTranslation("certificates.notice.later"), e -> notice.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        HorizontalLayout content = new HorizontalLayout(new Span(ui.getTranslation("certificates.notice",
                certificate.programmeTitle(), expires)), open, close);
        content.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        notice.add(content);
        notice.open();
    }
}
