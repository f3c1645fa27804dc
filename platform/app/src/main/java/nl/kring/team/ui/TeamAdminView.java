package nl.kring.team.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kring.account.AccountService;
import nl.kring.account.Role;
import nl.kring.account.UserSummary;
import nl.kring.base.Roles;
import nl.kring.base.ui.Confirmations;
import nl.kring.base.ui.MainLayout;
import nl.kring.team.PeopleImport;
import nl.kring.team.TeamService;
import nl.kring.team.TeamSummary;

/**
 * Administrators manage the teams: name, the location or department above it, the lead, the members (someone may be
 * in several teams, a lead may lead several).
 */
@Route(value = "admin/teams", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class TeamAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient TeamService teams;
    private final transient AccountService accounts;
    private final Grid<TeamSummary> grid = new Grid<>();
    private final Paragraph message = new Paragraph();
    private Map<Long, UserSummary> users;

    public TeamAdminView(TeamService teams, AccountService accounts, PeopleImport people) {
        this.teams = teams;
        this.accounts = accounts;
        addClassName("kring-page");
        Button add = new Button(getTranslation("teams.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("teams-new");
        message.setId("teams-message");
        message.getElement().setAttribute("aria-live", "polite");
        grid.setId("teams-grid");
        grid.addColumn(TeamSummary::department).setHeader(getTranslation("teams.department")).setSortable(true).setAutoWidth(true);
        grid.addColumn(TeamSummary::name).setHeader(getTranslation("teams.name")).setSortable(true).setAutoWidth(true);
        grid.addColumn(t -> name(t.leadId())).setHeader(getTranslation("teams.lead")).setAutoWidth(true);
        grid.addColumn(t -> t.memberIds().size()).setHeader(getTranslation("teams.members")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(t));
            edit.setAriaLabel(getTranslation("teams.edit", t.name()));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> Confirmations.destructive("teams-remove-confirm",
                    getTranslation("teams.remove.title", t.name()), getTranslation("teams.remove.text"),
                    getTranslation("teams.remove"), getTranslation("diagram.form.cancel"), () -> {
                        teams.remove(t.id());
                        message.setText(getTranslation("teams.removed", t.name()));
                        refresh();
                    }));
            remove.setAriaLabel(getTranslation("teams.remove.title", t.name()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            return new HorizontalLayout(edit, remove);
        }).setKey("actions").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new H2(getPageTitle()), new Paragraph(getTranslation("teams.intro")), add, message, grid, importer(people));
        refresh();
    }

    /** Import people from CSV: everything is checked first; invitations go by e-mail, else the password is shown once. */
    private Div importer(PeopleImport people) {
        Div box = new Div(new H3(getTranslation("teams.import")), new Paragraph(getTranslation("teams.import-help")));
        box.setId("teams-import");
        Div result = new Div();
        result.setId("teams-import-result");
        result.getElement().setAttribute("aria-live", "polite");
        UI ui = UI.getCurrent();
        String language = getLocale().getLanguage();
        Upload upload = new Upload(nl.kring.base.ui.LimitedUpload.inMemory(1024 * 1024, (metadata, bytes) -> ui.access(() ->
                show(people.importCsv(new String(bytes, StandardCharsets.UTF_8), language), result))));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(1024 * 1024);
        upload.setId("teams-import-upload");
        com.vaadin.flow.component.upload.UploadI18N i18n = new com.vaadin.flow.component.upload.UploadI18N();
        i18n.setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles().setOne(getTranslation("teams.import-choose")));
        i18n.setDropFiles(new com.vaadin.flow.component.upload.UploadI18N.DropFiles().setOne(getTranslation("teams.import-drop")));
        i18n.setError(new com.vaadin.flow.component.upload.UploadI18N.Error()
                .setFileIsTooBig(getTranslation("teams.import-too-big"))
                .setIncorrectFileType(getTranslation("teams.import-not-csv")));
        upload.setI18n(i18n);
        box.add(upload, result);
        return box;
    }

    void show(PeopleImport.Result imported, Div result) {
        result.removeAll();
        if (!imported.problems().isEmpty()) {
            result.setClassName("kring-report-error");
            result.add(new Paragraph(getTranslation("teams.import-refused")));
            UnorderedList problems = new UnorderedList();
            imported.problems().forEach(p -> problems.add(new ListItem(p)));
            result.add(problems);
            return;
        }
        result.setClassName("kring-note");
        result.add(new Paragraph(getTranslation("teams.imported", imported.invited().size())));
        UnorderedList invited = new UnorderedList();
        imported.invited().forEach(i -> invited.add(new ListItem(i.user().displayName() + " (" + i.user().username() + "): "
                + i.link().map(link -> getTranslation("teams.imported-link", link)).orElse(getTranslation("teams.imported-mailed")))));
        result.add(invited);
        refresh();
    }

    private void refresh() {
        users = accounts.users().stream().collect(Collectors.toMap(UserSummary::id, Function.identity()));
        grid.setItems(teams.all());
    }

    private String name(Long userId) {
        return userId == null || !users.containsKey(userId) ? "" : users.get(userId).displayName();
    }

    /** The form for a new team (null) or an existing one. */
    private void edit(TeamSummary team) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(team == null ? getTranslation("teams.new") : team.name());
        dialog.setId("teams-dialog");
        dialog.setWidth("min(40rem, 95vw)");
        TextField name = new TextField(getTranslation("teams.name"));
        name.setId("teams-name");
        name.setRequiredIndicatorVisible(true);
        ComboBox<String> department = new ComboBox<>(getTranslation("teams.department"));
        department.setItems(teams.all().stream().map(TeamSummary::department).filter(d -> !d.isBlank()).distinct().sorted().toList());
        department.setAllowCustomValue(true);
        department.addCustomValueSetListener(e -> department.setValue(e.getDetail()));
        department.setHelperText(getTranslation("teams.department-help"));
        department.setId("teams-department");
        List<UserSummary> everyone = accounts.users();
        ComboBox<UserSummary> lead = new ComboBox<>(getTranslation("teams.lead"),
                everyone.stream().filter(u -> u.roles().contains(Role.TEAM_LEAD) || u.roles().contains(Role.ADMIN)).toList());
        lead.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        lead.setId("teams-lead");
        MultiSelectComboBox<UserSummary> members = new MultiSelectComboBox<>(getTranslation("teams.members"), everyone);
        members.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        members.setId("teams-members");
        if (team != null) {
            name.setValue(team.name());
            department.setValue(team.department().isBlank() ? null : team.department());
            everyone.stream().filter(u -> Long.valueOf(u.id()).equals(team.leadId())).findFirst().ifPresent(lead::setValue);
            members.setValue(everyone.stream().filter(u -> team.memberIds().contains(u.id())).collect(Collectors.toSet()));
        }
        FormLayout form = new FormLayout(name, department, lead, members);
        form.setColspan(members, 2);
        Paragraph problem = new Paragraph();
        problem.addClassName("kring-report-error");
        problem.setVisible(false);
        dialog.add(form, problem);
        Button save = new Button(getTranslation("diagram.form.save"), e -> {
            Set<Long> ids = members.getValue().stream().map(UserSummary::id).collect(Collectors.toSet());
            Long leadId = lead.getValue() == null ? null : lead.getValue().id();
            try {
                if (team == null) {
                    teams.create(name.getValue().strip(), department.getValue(), leadId, ids);
                } else {
                    teams.change(team.id(), name.getValue(), department.getValue(), leadId, ids);
                }
                message.setText(getTranslation("teams.saved", name.getValue().strip()));
                dialog.close();
                refresh();
            } catch (IllegalArgumentException refused) {
                problem.setText(refused.getMessage());
                problem.setVisible(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("teams-save");
        dialog.getFooter().add(new Button(getTranslation("diagram.form.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teams.title");
    }
}
