package nl.kring.team.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import nl.kring.base.KringTime;
import nl.kring.certification.IssuedCertificate;
import nl.kring.certification.Programme;
import nl.kring.team.TeamOverview;

/** Per member and programme: valid, renewal due (expires within the window), expired or never, with the date. */
final class CertificateTable extends Div {

    CertificateTable(TeamOverview overview) {
        setWidthFull();
        String language = getLocale().getLanguage();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(KringTime.ZONE);
        Grid<TeamOverview.Member> grid = new Grid<>();
        grid.setId("team-certificates");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(TeamOverview.Member::name).setHeader(getTranslation("team.member"))
                .setComparator(m -> m.name().toLowerCase(Locale.ROOT)).setAutoWidth(true).setFlexGrow(0).setFrozen(true);
        for (Programme programme : overview.programmes()) {
            grid.addComponentColumn(m -> status(m.certificates().get(programme.id()), date))
                    .setHeader(programme.title(language)).setKey(programme.id())
                    .setComparator(m -> rank(m.certificates().get(programme.id())));
        }
        grid.setItems(overview.members());
        grid.setAllRowsVisible(overview.members().size() <= 25);
        add(grid);
    }

    private Span status(IssuedCertificate certificate, DateTimeFormatter date) {
        Span status = new Span(certificate == null ? getTranslation("team.cert.never")
                : getTranslation("team.cert." + certificate.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                date.format(certificate.validUntil())));
        status.getElement().getThemeList().add("badge");
        status.getElement().getThemeList().add(certificate == null ? "contrast"
                : switch (certificate.status()) {
                    case VALID -> "success";
                    case RENEWAL_DUE -> "warning";
                    case EXPIRED -> "error";
                });
        return status;
    }

    /** Sorts by urgency: expired, due, never, valid. */
    private static int rank(IssuedCertificate certificate) {
        if (certificate == null) {
            return 2;
        }
        return switch (certificate.status()) {
            case EXPIRED -> 0;
            case RENEWAL_DUE -> 1;
            case VALID -> 3;
        };
    }
}
