package nl.kring.privacy.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kring.account.AccountService;
import nl.kring.account.UserSummary;
import nl.kring.base.Roles;
import nl.kring.base.ui.MainLayout;
import nl.kring.privacy.PrivacyService;

/**
 * Everyone with an account, for administrators: find a person and erase them (their request under GDPR article 17),
 * after seeing what goes and typing their user name.
 */
@Route(value = "admin/people", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class PeopleAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient AccountService accounts;
    private final transient PrivacyService privacy;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private List<UserSummary> people = List.of();

    public PeopleAdminView(AccountService accounts, PrivacyService privacy) {
        this.accounts = accounts;
        this.privacy = privacy;
        setWidthFull();
        search.setPlaceholder(getTranslation("people.search"));
        search.setAriaLabel(getTranslation("people.search"));
        search.setId("people-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> show());
        grid.setId("people-grid");
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("people.name")).setAutoWidth(true).setSortable(true);
        grid.addColumn(UserSummary::username).setHeader(getTranslation("people.username")).setAutoWidth(true).setSortable(true);
        grid.addColumn(u -> u.roles().stream().map(r -> getTranslation("people.role." + r.name())).sorted()
                .reduce((a, b) -> a + ", " + b).orElse("")).setHeader(getTranslation("people.roles")).setFlexGrow(1);
        grid.addComponentColumn(this::eraseButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setHeight("60vh");
        add(new Paragraph(getTranslation("people.intro")), search, grid);
        refresh();
    }

    private Button eraseButton(UserSummary person) {
        Button erase = new Button(getTranslation("people.erase"), e -> confirm(person));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY_INLINE);
        erase.setId("erase-" + person.username());
        erase.setAriaLabel(getTranslation("people.erase-who", person.displayName()));
        return erase;
    }

    private void confirm(UserSummary person) {
        Dialog dialog = new Dialog();
        dialog.setId("erase-dialog");
        dialog.setHeaderTitle(getTranslation("people.erase-who", person.displayName()));
        dialog.setWidth("36rem");
        UnorderedList what = new UnorderedList();
        for (Map.Entry<String, Integer> section : privacy.preview(person.id()).entrySet()) {
            what.add(new ListItem(getTranslation("people.erase-rows", getTranslation("privacy.section."
                    + section.getKey().toLowerCase(Locale.ROOT).replace(' ', '-')), section.getValue())));
        }
        TextField typed = new TextField(getTranslation("people.erase-type", person.username()));
        typed.setId("erase-confirmation");
        typed.setWidthFull();
        Button erase = new Button(getTranslation("people.erase-now"));
        erase.setId("erase-now");
        erase.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        erase.setEnabled(false);
        typed.setValueChangeMode(ValueChangeMode.EAGER);
        typed.addValueChangeListener(e -> erase.setEnabled(person.username().equals(e.getValue().strip())));
        erase.addClickListener(e -> {
            try {
                String pseudonym = privacy.erase(person.id(), typed.getValue());
                dialog.close();
                Notification.show(getTranslation("people.erased", person.displayName(), pseudonym), 8000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (IllegalArgumentException | IllegalStateException problem) {
                Notification.show(problem instanceof IllegalArgumentException ? getTranslation(problem.getMessage()) : problem.getMessage(),
                        8000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        Button cancel = new Button(getTranslation("people.cancel"), e -> dialog.close());
        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("people.erase-what")), what,
                new Paragraph(getTranslation("people.erase-kept")), typed);
        body.setPadding(false);
        dialog.add(body);
        dialog.getFooter().add(cancel, erase);
        dialog.open();
    }

    private void refresh() {
        people = accounts.users();
        show();
    }

    private void show() {
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(people.stream().filter(u -> text.isEmpty() || u.displayName().toLowerCase(Locale.ROOT).contains(text)
                || u.username().contains(text)).sorted(Comparator.comparing(UserSummary::displayName)).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title");
    }
}
