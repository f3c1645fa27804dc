package nl.kring.team.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.provider.ListDataProvider;
import nl.kring.base.KringTime;
import nl.kring.catalog.CompetenceCatalog.CompetenceName;
import nl.kring.catalog.CompetenceCatalog.LevelName;
import nl.kring.team.TeamOverview;
import nl.kring.team.TeamOverviewService;

/**
 * Members × competences as a heat map by level (0 none … 4 does), sortable by any column, filterable by competence
 * and by "below a level", with per competence how many members reach "knows how" or more. A click (or Enter on a
 * focused cell) opens the evidence behind that member's level.
 */
final class CompetenceMatrix extends Div {

    private static final int TOTALS_LEVEL = 2;

    private final transient TeamOverviewService teams;
    private final TeamOverview overview;
    private final Grid<TeamOverview.Member> grid = new Grid<>();
    private final ComboBox<CompetenceName> competence = new ComboBox<>();
    private final ComboBox<LevelName> below = new ComboBox<>();

    CompetenceMatrix(TeamOverviewService teams, TeamOverview overview) {
        this.teams = teams;
        this.overview = overview;
        addClassName("kring-matrix");
        setWidthFull();
        grid.setId("team-matrix");
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        grid.addColumn(TeamOverview.Member::name).setHeader(getTranslation("team.member")).setKey("member")
                .setComparator(m -> m.name().toLowerCase(Locale.ROOT)).setFrozen(true).setAutoWidth(true).setFlexGrow(0);
        FooterRow totals = grid.appendFooterRow();
        totals.getCell(grid.getColumnByKey("member")).setText(getTranslation("team.totals", level(TOTALS_LEVEL).title()));
        for (CompetenceName c : overview.competences()) {
            Span header = new Span(c.title());
            header.addClassName("kring-matrix-header");
            header.setTitle(c.description());
            Grid.Column<TeamOverview.Member> column = grid.addComponentColumn(m -> cell(m, c)).setHeader(header).setKey(c.id())
                    .setComparator(m -> m.level(c.id())).setTextAlign(ColumnTextAlign.CENTER).setWidth("6.5rem").setFlexGrow(1);
            totals.getCell(column).setText(overview.reaching(c.id(), TOTALS_LEVEL) + "/" + overview.members().size());
        }
        grid.setItems(new ListDataProvider<>(overview.members()));
        grid.setAllRowsVisible(overview.members().size() <= 25);
        grid.addItemClickListener(e -> Optional.ofNullable(e.getColumn()).map(Grid.Column::getKey)
                .filter(key -> !"member".equals(key)).ifPresent(key -> openEvidence(e.getItem(), key)));
        add(filters(), grid, legend());
    }

    private HorizontalLayout filters() {
        competence.setLabel(getTranslation("team.filter-competence"));
        competence.setItems(overview.competences());
        competence.setItemLabelGenerator(CompetenceName::title);
        competence.setClearButtonVisible(true);
        competence.setPlaceholder(getTranslation("team.filter-all"));
        competence.setId("team-filter-competence");
        competence.setWidth("20rem");
        below.setLabel(getTranslation("team.filter-below"));
        below.setItems(overview.levels());
        below.setItemLabelGenerator(l -> l.level() + " · " + l.title());
        below.setClearButtonVisible(true);
        below.setId("team-filter-below");
        competence.addValueChangeListener(e -> filter());
        below.addValueChangeListener(e -> filter());
        HorizontalLayout filters = new HorizontalLayout(competence, below);
        filters.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        return filters;
    }

    /** Shows one competence's column (or all), and only members below the chosen level (in it, or in any). */
    private void filter() {
        CompetenceName only = competence.getValue();
        overview.competences().forEach(c -> grid.getColumnByKey(c.id()).setVisible(only == null || only.id().equals(c.id())));
        LevelName level = below.getValue();
        @SuppressWarnings("unchecked")
        ListDataProvider<TeamOverview.Member> items = (ListDataProvider<TeamOverview.Member>) grid.getDataProvider();
        items.setFilter(m -> level == null || (only == null
                ? overview.competences().stream().anyMatch(c -> m.level(c.id()) < level.level())
                : m.level(only.id()) < level.level()));
    }

    private Span cell(TeamOverview.Member member, CompetenceName competence) {
        int level = member.level(competence.id());
        Span cell = new Span(String.valueOf(level));
        cell.addClassName("kring-heat");
        cell.addClassName("kring-heat-" + level);
        String name = level == 0 ? getTranslation("competences.none") : level(level).title();
        cell.setTitle(name);
        cell.getElement().setAttribute("aria-label", getTranslation("team.cell", member.name(), competence.title(), level,
                overview.levels().size(), name));
        return cell;
    }

    private Div legend() {
        Div legend = new Div();
        legend.addClassName("kring-heat-legend");
        Span none = new Span("0 · " + getTranslation("competences.none"));
        none.addClassName("kring-heat");
        none.addClassName("kring-heat-0");
        legend.add(none);
        for (LevelName l : overview.levels()) {
            Span step = new Span(l.level() + " · " + l.title());
            step.addClassName("kring-heat");
            step.addClassName("kring-heat-" + l.level());
            legend.add(step);
        }
        return legend;
    }

    private void openEvidence(TeamOverview.Member member, String competenceId) {
        CompetenceName competence = overview.competences().stream().filter(c -> c.id().equals(competenceId)).findFirst().orElseThrow();
        TeamOverviewService.MemberEvidence evidence = teams.evidence(overview.team().id(), member.userId(), competenceId, getLocale());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(member.name() + " · " + competence.title());
        dialog.setId("team-evidence");
        dialog.setWidth("min(40rem, 95vw)");
        dialog.add(new Paragraph(evidence.level() == 0 ? getTranslation("competences.none")
                : getTranslation("competences.bar", evidence.level(), overview.levels().size(), level(evidence.level()).title())));
        if (evidence.lines().isEmpty()) {
            dialog.add(new Paragraph(getTranslation("competences.no-evidence")));
        } else {
            DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                    .withZone(KringTime.ZONE);
            UnorderedList list = new UnorderedList();
            evidence.lines().forEach(line -> list.add(new ListItem(date.format(line.item().at()) + " · " + line.title() + " · "
                    + getTranslation("competences.source." + line.item().fact().source().name().toLowerCase(Locale.ROOT))
                    + " · " + Math.round(line.item().fact().score() * 100) + "%"
                    + (line.item().note().isBlank() ? "" : " · " + line.item().note()))));
            dialog.add(list);
        }
        com.vaadin.flow.component.button.Button close = new com.vaadin.flow.component.button.Button(
                getTranslation("team.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    private LevelName level(int number) {
        return overview.levels().get(number - 1);
    }
}
