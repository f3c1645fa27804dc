package nl.kring.team.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import nl.kring.base.KringTime;
import nl.kring.catalog.CatalogService;
import nl.kring.catalog.CourseCard;
import nl.kring.team.AssignmentService;
import nl.kring.team.TeamOverview;

/** Assign a course to members (or the whole team) with a due date, and follow what is done and what is overdue. */
final class AssignmentsPanel extends Div {

    private final transient AssignmentService assignments;
    private final TeamOverview overview;
    private final Grid<AssignmentService.Row> grid = new Grid<>();
    private final Paragraph message = new Paragraph();
    private final java.time.format.DateTimeFormatter date;

    AssignmentsPanel(AssignmentService assignments, CatalogService catalog, TeamOverview overview) {
        this.assignments = assignments;
        this.overview = overview;
        this.date = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(getLocale());
        setWidthFull();
        setId("team-assignments");
        ComboBox<CourseCard> course = new ComboBox<>(getTranslation("team.assign-course"), catalog.courses(getLocale(),
                java.util.Optional.empty()));
        course.setItemLabelGenerator(CourseCard::title);
        course.setId("assign-course");
        course.setWidth("20rem");
        MultiSelectComboBox<TeamOverview.Member> members = new MultiSelectComboBox<>(getTranslation("team.assign-members"),
                overview.members());
        members.setItemLabelGenerator(TeamOverview.Member::name);
        members.setHelperText(getTranslation("team.assign-members-help"));
        members.setId("assign-members");
        members.setWidth("20rem");
        DatePicker due = new DatePicker(getTranslation("team.assign-due"));
        due.setLocale(getLocale());
        due.setMin(LocalDate.now(KringTime.ZONE));
        due.setId("assign-due");
        Button assign = new Button(getTranslation("team.assign"), e -> {
            if (course.getValue() == null || due.getValue() == null) {
                message.setText(getTranslation("team.assign-incomplete"));
                return;
            }
            List<Long> chosen = (members.getValue().isEmpty() ? overview.members() : List.copyOf(members.getValue())).stream()
                    .map(TeamOverview.Member::userId).toList();
            try {
                int count = assignments.assign(overview.team().id(), chosen, course.getValue().id(), due.getValue(), getLocale());
                message.setText(getTranslation("team.assigned", count, course.getValue().title(), date.format(due.getValue())));
                members.clear();
                refresh();
            } catch (IllegalArgumentException refused) {
                message.setText(refused.getMessage());
            }
        });
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.setId("assign");
        HorizontalLayout form = new HorizontalLayout(course, members, due, assign);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        message.setId("assign-message");
        message.getElement().setAttribute("aria-live", "polite");
        grid.setId("team-assignment-list");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(AssignmentService.Row::member).setHeader(getTranslation("team.member")).setSortable(true).setAutoWidth(true);
        grid.addColumn(AssignmentService.Row::course).setHeader(getTranslation("team.assign-course")).setSortable(true);
        grid.addColumn(r -> date.format(r.due())).setHeader(getTranslation("team.assignment.due"))
                .setComparator(AssignmentService.Row::due).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("team.assignment.status")).setAutoWidth(true)
                .setComparator(r -> r.overdue() ? 0 : r.done() ? 2 : 1);
        grid.setAllRowsVisible(true);
        add(form, message, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(assignments.forTeam(overview.team().id(), getLocale()));
    }

    private Span status(AssignmentService.Row row) {
        Span status = new Span(getTranslation(row.done() ? "team.assignment.done" : row.overdue() ? "team.assignment.overdue"
                : "team.assignment.open"));
        status.getElement().getThemeList().add("badge");
        status.getElement().getThemeList().add(row.done() ? "success" : row.overdue() ? "error" : "contrast");
        return status;
    }
}
