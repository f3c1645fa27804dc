package nl.kring.certification.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.kring.base.KringTime;
import nl.kring.certification.CertificationService;
import nl.kring.certification.IssuedCertificate;

/**
 * The public page on which anyone (an employer, a register) confirms a certificate by its code, without signing in.
 * It says whose certificate it is, for which programme, when it was issued, until when it is valid and whether it
 * is valid now — nothing else about the holder.
 */
@Route("verify/:code?")
@RouteAlias("verify")
@AnonymousAllowed
public class VerifyCertificateView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CertificationService certification;
    private final TextField code = new TextField();
    private final Div result = new Div();

    public VerifyCertificateView(CertificationService certification) {
        this.certification = certification;
        addClassName("kring-page");
        addClassName("kring-verify");
        H1 heading = new H1(getPageTitle());
        code.setLabel(getTranslation("verify.code"));
        code.setPlaceholder("KR-XXXX-XXXX-XXXX");
        code.setId("verify-code");
        code.setWidth("min(100%, 20rem)");
        Button check = new Button(getTranslation("verify.check"), e -> show(code.getValue()));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.setId("verify-check");
        check.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        result.setId("verify-result");
        result.getElement().setAttribute("aria-live", "polite");
        com.vaadin.flow.component.html.Image logo = new com.vaadin.flow.component.html.Image("images/kring-logo.svg", "");
        logo.setHeight("36px");
        com.vaadin.flow.component.html.Span brand = new com.vaadin.flow.component.html.Span("Kring");
        brand.addClassName("kring-brand-name");
        Div header = new Div(logo, brand);
        header.addClassName("kring-verify-brand");
        add(header, heading, new Paragraph(getTranslation("verify.intro")), code, check, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(given -> {
            code.setValue(given);
            show(given);
        });
    }

    private void show(String typed) {
        result.removeAll();
        Optional<IssuedCertificate> found = typed.isBlank() ? Optional.empty() : certification.verify(typed);
        if (found.isEmpty()) {
            result.setClassName("kring-report-error");
            result.add(new Paragraph(getTranslation("verify.unknown")));
            return;
        }
        IssuedCertificate certificate = found.get();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .withZone(KringTime.ZONE);
        result.setClassName(certificate.valid() ? "kring-note" : "kring-report-error");
        result.add(new Paragraph(getTranslation(certificate.valid() ? "verify.valid" : "verify.expired")),
                new Paragraph(certificate.holderName() == null ? getTranslation("verify.holder-erased")
                        : getTranslation("verify.holder", certificate.holderName())),
                new Paragraph(getTranslation("verify.programme", certificate.programmeTitle())),
                new Paragraph(getTranslation("verify.dates", date.format(certificate.issuedAt()), date.format(certificate.validUntil()))),
                new Paragraph(getTranslation("verify.code-shown", certificate.code())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title");
    }
}
