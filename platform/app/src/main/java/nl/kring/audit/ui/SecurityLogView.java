package nl.kring.audit.ui;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kring.audit.SecurityEventType;
import nl.kring.audit.SecurityLog;
import nl.kring.audit.SecurityLogEntry;
import nl.kring.base.Roles;
import nl.kring.base.ui.MainLayout;

/**
 * The security log for administrators: the last 24 hours at a glance (sign-ins, failures, locks), then every event of
 * the last 90 days, newest first, to filter by kind and by a name or address. Read only: there is nothing to change.
 */
@Route(value = "admin/security-log", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class SecurityLogView extends VerticalLayout implements HasDynamicTitle {

    static final int DAYS = 90;
    static final int SHOWN = 2_000;
    private final transient List<SecurityLogEntry> entries;
    private final Grid<SecurityLogEntry> grid = new Grid<>();
    private final MultiSelectComboBox<SecurityEventType> types = new MultiSelectComboBox<>();
    private final TextField search = new TextField();

    public SecurityLogView(SecurityLog log) {
        this.entries = log.latest(DAYS, SHOWN);
        setWidthFull();
        add(new Paragraph(getTranslation("security-log.intro", DAYS)), new Paragraph(getTranslation("security-log.last-24h")),
                summary(log), filters(), grid());
        show();
    }

    private Div summary(SecurityLog log) {
        Div row = new Div();
        row.setId("security-log-summary");
        row.addClassName("kring-figures");
        for (SecurityEventType type : new SecurityEventType[] {SecurityEventType.SIGN_IN, SecurityEventType.SIGN_IN_FAILED,
                SecurityEventType.ACCOUNT_LOCKED, SecurityEventType.ADDRESS_BLOCKED}) {
            Span number = new Span(String.valueOf(log.count(type, Duration.ofHours(24))));
            number.addClassName("kring-figure-value");
            Div figure = new Div(number, new Span(getTranslation("security-log.type." + type.name())));
            figure.addClassName("kring-figure");
            row.add(figure);
        }
        return row;
    }

    private HorizontalLayout filters() {
        types.setLabel(getTranslation("security-log.types"));
        types.setItems(Arrays.asList(SecurityEventType.values()));
        types.setItemLabelGenerator(type -> getTranslation("security-log.type." + type.name()));
        types.setId("security-log-types");
        types.setWidth("24rem");
        types.addValueChangeListener(e -> show());
        search.setLabel(getTranslation("security-log.search"));
        search.setId("security-log-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> show());
        HorizontalLayout row = new HorizontalLayout(types, search);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private Grid<SecurityLogEntry> grid() {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.setId("security-log-grid");
        grid.addColumn(e -> format.format(e.at())).setHeader(getTranslation("security-log.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> getTranslation("security-log.type." + e.type().name())).setHeader(getTranslation("security-log.what"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SecurityLogEntry::actor).setHeader(getTranslation("security-log.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> blank(e.subject())).setHeader(getTranslation("security-log.subject")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> blank(e.address())).setHeader(getTranslation("security-log.address")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> blank(e.detail())).setHeader(getTranslation("security-log.detail")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("60vh");
        return grid;
    }

    private void show() {
        Set<SecurityEventType> wanted = types.getValue();
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(entries.stream()
                .filter(e -> wanted.isEmpty() || wanted.contains(e.type()))
                .filter(e -> text.isEmpty() || contains(e.actor(), text) || contains(e.subject(), text) || contains(e.address(), text)
                        || contains(e.detail(), text))
                .toList());
    }

    private static boolean contains(String field, String text) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(text);
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security-log.title");
    }
}
