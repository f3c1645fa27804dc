package nl.kring.certification.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.kring.base.KringTime;
import nl.kring.base.Roles;
import nl.kring.base.ui.Badges;
import nl.kring.base.ui.MainLayout;
import nl.kring.assessment.RefresherService;
import nl.kring.catalog.CompetencePractice;
import nl.kring.certification.AccreditationLedger;
import nl.kring.certification.CertificationService;
import nl.kring.certification.LedgerLine;
import nl.kring.certification.Points;
import nl.kring.certification.IssuedCertificate;
import nl.kring.certification.ProgrammeStatus;

/**
 * "My certificates": every certification programme with what it asks and how far the learner is, their
 * certificates with status and validity, the PDF, and the code with which others can verify it.
 */
@Route(value = "my-certificates", layout = MainLayout.class)
@RolesAllowed({Roles.LEARNER, Roles.TRAINER, Roles.TEAM_LEAD, Roles.ADMIN})
public class MyCertificatesView extends VerticalLayout implements HasDynamicTitle {

    private final transient CertificationService certification;
    private final DateTimeFormatter date;

    public MyCertificatesView(CertificationService certification, AccreditationLedger ledger) {
        this.certification = certification;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).withZone(KringTime.ZONE);
        addClassName("kring-page");
        add(new H2(getTranslation("certificates.title")));
        Paragraph intro = new Paragraph(getTranslation("certificates.intro"));
        intro.addClassName("kring-muted");
        add(intro);
        certification.mine(getLocale()).forEach(status -> add(programme(status)));
        add(ledger(ledger));
    }

    /** Accreditation points per year, every line behind them, and the CSV for a professional register. */
    private Div ledger(AccreditationLedger ledger) {
        Div box = new Div(new H3(getTranslation("ledger.title")));
        box.setId("ledger");
        box.addClassName("kring-programme");
        List<LedgerLine> lines = ledger.mine();
        if (lines.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("ledger.empty"));
            none.addClassName("kring-muted");
            box.add(none);
            return box;
        }
        Map<Integer, Double> perYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        lines.forEach(l -> perYear.merge(l.at().atZone(KringTime.ZONE).getYear(), l.points(), Double::sum));
        UnorderedList years = new UnorderedList();
        years.setId("ledger-years");
        perYear.forEach((year, points) -> years.add(new ListItem(getTranslation("ledger.year", year, Points.format(points)))));
        Grid<LedgerLine> grid = new Grid<>();
        grid.setId("ledger-lines");
        grid.addColumn(l -> date.format(l.at())).setHeader(getTranslation("ledger.date")).setAutoWidth(true);
        grid.addColumn(l -> getTranslation("ledger.kind." + l.kind().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("ledger.kind")).setAutoWidth(true);
        grid.addColumn(LedgerLine::title).setHeader(getTranslation("ledger.what")).setFlexGrow(1);
        grid.addColumn(l -> Points.format(l.points())).setHeader(getTranslation("ledger.points")).setAutoWidth(true);
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        byte[] csv = ledger.csv().getBytes(StandardCharsets.UTF_8);
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(csv),
                "accreditatie.csv", "text/csv;charset=UTF-8", csv.length)), getTranslation("ledger.csv"));
        export.setId("ledger-csv");
        box.add(years, grid, export);
        return box;
    }


    private Div programme(ProgrammeStatus status) {
        Div box = new Div(new H3(status.title()));
        box.addClassName("kring-programme");
        box.setId("programme-" + status.programme().id());
        if (!status.description().isBlank()) {
            box.add(new Paragraph(status.description()));
        }
        status.latest().ifPresentOrElse(certificate -> box.add(certificate(certificate)), () -> {
            Paragraph none = new Paragraph(getTranslation(status.met() ? "certificates.met" : "certificates.not-yet"));
            none.addClassName("kring-muted");
            box.add(none);
        });
        if (status.renewable()) {
            box.add(refresher(status));
        }
        UnorderedList requirements = new UnorderedList();
        requirements.addClassName("kring-requirements");
        for (ProgrammeStatus.Requirement r : status.requirements()) {
            ListItem item = new ListItem(new Span(getTranslation("certificates.requirement", r.competenceTitle(), r.neededTitle())));
            item.add(Badges.status(getTranslation(r.met() ? "certificates.requirement-met" : "certificates.requirement-open"),
                    r.met() ? "success" : "contrast"));
            requirements.add(item);
        }
        Anchor competences = new Anchor("my-competences", getTranslation("certificates.to-competences"));
        box.add(new Paragraph(getTranslation("certificates.requires", Math.round(status.programme().points()),
                status.programme().validityMonths())), requirements, competences);
        return box;
    }

    /** Renewal: a refresher quiz from the questions that went worst, and the role-plays to practise again. */
    private Div refresher(ProgrammeStatus status) {
        Div renew = new Div(new Paragraph(getTranslation("certificates.renew")));
        renew.addClassName("kring-note");
        renew.setId("renewal-" + status.programme().id());
        Div offered = new Div();
        offered.setId("refresher-" + status.programme().id());
        Button start = new Button(getTranslation("certificates.refresher"), VaadinIcon.REFRESH.create(), e -> {
            List<RefresherService.RefresherRef> made = certification.startRefresher(status.programme().id(), getLocale());
            offered.removeAll();
            if (made.isEmpty()) {
                offered.add(new Paragraph(getTranslation("certificates.refresher-none")));
            } else if (made.size() == 1) {
                getUI().ifPresent(ui -> ui.navigate(made.get(0).path()));
            } else {
                UnorderedList list = new UnorderedList();
                made.forEach(r -> list.add(new ListItem(new Anchor(r.path(), getTranslation("certificates.refresher-in",
                        r.courseTitle(), r.questions())))));
                offered.add(list);
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("refresher-start-" + status.programme().id());
        renew.add(start, offered);
        List<CompetencePractice> skills = certification.skillsToPractise(status.programme().id(), getLocale());
        if (!skills.isEmpty()) {
            UnorderedList list = new UnorderedList();
            skills.forEach(p -> list.add(new ListItem(new Anchor(p.path(), p.title()))));
            renew.add(new Paragraph(getTranslation("certificates.skills")), list);
        }
        return renew;
    }

    private Div certificate(IssuedCertificate certificate) {
        Div box = new Div();
        box.addClassName("kring-certificate");
        box.setId("certificate-" + certificate.id());
        String state = certificate.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
        box.add(Badges.status(getTranslation("certificates.status." + state),
                certificate.status() == IssuedCertificate.Status.VALID ? "success"
                        : certificate.status() == IssuedCertificate.Status.EXPIRED ? "error" : "warning"));
        box.add(new Paragraph(getTranslation("certificates.validity", date.format(certificate.issuedAt()),
                date.format(certificate.validUntil()))));
        Span code = new Span(certificate.code());
        code.addClassName("kring-code");
        code.setId("certificate-code-" + certificate.id());
        box.add(new Paragraph(new Span(getTranslation("certificates.code") + " "), code, new Span(" · "),
                new Anchor(certification.verificationUrl(certificate.code()), getTranslation("certificates.verify-link"))));
        long id = certificate.id();
        String fileName = "certificaat-" + certificate.code().toLowerCase(Locale.ROOT) + ".pdf";
        Locale locale = getLocale();
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> certification.pdf(id, locale)
                .map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/pdf", bytes.length))
                .orElse(DownloadResponse.error(HttpStatusCode.NOT_FOUND))), getTranslation("certificates.pdf"));
        pdf.setId("certificate-pdf-" + id);
        pdf.addClassName("kring-certificate-pdf");
        box.add(pdf);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificates.title");
    }
}
