package nl.kring.assessment.ui;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kring.assessment.ItemFlag;
import nl.kring.assessment.ItemStatistics;
import nl.kring.assessment.QuizReport;
import nl.kring.assessment.QuizStatistics;
import nl.kring.assessment.QuizStatisticsService;
import nl.kring.base.Roles;
import nl.kring.base.ui.Badges;
import nl.kring.base.ui.MainLayout;
import nl.kring.catalog.QuizDefinition;

/**
 * How a quiz and each of its items perform, for trainers: the figures of Moodle's quiz statistics report, with the
 * items that misbehave flagged, and per item how often each answer was given.
 */
@Route(value = "course/:courseId/quiz/:quizId/statistics", layout = MainLayout.class)
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class QuizStatisticsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient QuizStatisticsService statistics;
    private final Div details = new Div();
    private String title = "";
    private String courseId;
    private String quizId;

    public QuizStatisticsView(QuizStatisticsService statistics) {
        this.statistics = statistics;
        addClassName("kring-page");
        details.setId("item-details");
        details.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().get("courseId").orElse("");
        quizId = event.getRouteParameters().get("quizId").orElse("");
        show(true);
    }

    private void show(boolean firstAttemptsOnly) {
        removeAll();
        details.removeAll();
        QuizReport report = statistics.report(courseId, quizId, firstAttemptsOnly, getLocale()).orElse(null);
        if (report == null) {
            title = getTranslation("quiz.not-found");
            add(new H1(title), new Anchor("", getTranslation("nav.back-to-catalog")));
            return;
        }
        QuizDefinition quiz = report.quiz();
        title = getTranslation("stats.title", quiz.text(quiz.quiz().title()));
        Div crumbs = new Div(new Anchor("course/" + courseId, quiz.courseTitle()), new Span(" / "),
                new Anchor("course/" + courseId + "/quiz/" + quizId, quiz.text(quiz.quiz().title())), new Span(" / "),
                new Span(getTranslation("stats.crumb")));
        crumbs.addClassName("kring-crumbs");
        H1 heading = new H1(title);
        heading.setId("stats-title");
        Checkbox first = new Checkbox(getTranslation("stats.first-attempts"), firstAttemptsOnly);
        first.setId("stats-first-attempts");
        first.addValueChangeListener(e -> show(e.getValue()));
        add(crumbs, heading, first, summary(report.statistics()), items(report), details);
    }

    private Div summary(QuizStatistics quiz) {
        Div figures = new Div(figure("stats.attempts", String.valueOf(quiz.attempts())),
                figure("stats.mean", percent(quiz.mean())), figure("stats.median", percent(quiz.median())),
                figure("stats.sd", percent(quiz.standardDeviation())), figure("stats.alpha", decimal(quiz.cronbachAlpha())));
        figures.addClassName("kring-figures");
        figures.setId("stats-summary");
        Div box = new Div(figures);
        if (quiz.attempts() == 0) {
            box.add(new Paragraph(getTranslation("stats.none")));
        } else if (!quiz.reliable()) {
            Paragraph few = new Paragraph(getTranslation("stats.few", quiz.attempts(), QuizStatistics.MIN_RELIABLE_ATTEMPTS));
            few.addClassName("kring-muted");
            few.setId("stats-few");
            box.add(few);
        }
        return box;
    }

    private Div figure(String key, String value) {
        Span number = new Span(value);
        number.addClassName("kring-figure-value");
        Span label = new Span(getTranslation(key));
        label.addClassName("kring-muted");
        Div figure = new Div(number, label);
        figure.addClassName("kring-figure");
        return figure;
    }

    private Grid<QuizReport.Item> items(QuizReport report) {
        QuizDefinition quiz = report.quiz();
        Grid<QuizReport.Item> grid = new Grid<>();
        grid.setId("stats-items");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(item -> report.items().indexOf(item) + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> question(quiz, item)).setHeader(getTranslation("stats.question")).setFlexGrow(12);
        grid.addColumn(item -> item.statistics() == null ? 0 : item.statistics().attempts())
                .setHeader(getTranslation("stats.attempts")).setAutoWidth(true).setFlexGrow(0).setSortable(true);
        grid.addColumn(item -> item.statistics() == null ? "—" : percent(item.statistics().facility()))
                .setHeader(getTranslation("stats.facility")).setAutoWidth(true).setFlexGrow(0)
                .setComparator(item -> item.statistics() == null ? -1 : item.statistics().facility());
        grid.addColumn(item -> item.statistics() == null ? "—" : percent(item.statistics().discriminationIndex()))
                .setHeader(getTranslation("stats.discrimination")).setAutoWidth(true).setFlexGrow(0)
                .setComparator(item -> item.statistics() == null || item.statistics().discriminationIndex() == null ? -2
                        : item.statistics().discriminationIndex());
        grid.addComponentColumn(this::flags).setHeader(getTranslation("stats.flags")).setFlexGrow(2).setWidth("12rem");
        grid.setItems(report.items());
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(item -> showDetails(quiz, item)));
        return grid;
    }

    private Div flags(QuizReport.Item item) {
        Div flags = new Div();
        flags.addClassName("kring-flags");
        if (item.statistics() != null) {
            for (ItemFlag flag : item.statistics().flags()) {
                flags.add(Badges.status(getTranslation("stats.flag." + flag.name().toLowerCase(Locale.ROOT)),
                        flag == ItemFlag.NEGATIVE_DISCRIMINATION || flag == ItemFlag.TOO_HARD ? "error" : "contrast"));
            }
        }
        return flags;
    }

    /** How often each answer was given, as bars; the right answers marked. */
    private void showDetails(QuizDefinition quiz, QuizReport.Item item) {
        details.removeAll();
        H3 heading = new H3(question(quiz, item));
        details.add(heading);
        ItemStatistics stats = item.statistics();
        if (stats == null) {
            details.add(new Paragraph(getTranslation("stats.item.none")));
            return;
        }
        details.add(new Paragraph(getTranslation("stats.item.summary", stats.attempts(), percent(stats.facility()),
                percent(stats.discriminationIndex()), percent(stats.discriminativeEfficiency()))));
        if (item.leaf().item().type().equals("ordering")) {
            details.add(new Paragraph(getTranslation("stats.item.ordering")));
            return;
        }
        Div bars = new Div();
        bars.addClassName("kring-distribution");
        bars.setId("stats-distribution");
        for (Map.Entry<String, Integer> count : stats.responseCounts().entrySet()) {
            String value = count.getKey();
            String label = value.equals(ItemStatistics.NO_ANSWER) ? getTranslation("quiz.no-answer")
                    : item.labels().getOrDefault(value, value);
            boolean right = item.right().contains(value);
            int share = (int) Math.round(100.0 * count.getValue() / stats.attempts());
            Span text = new Span((right ? "✓ " : "") + label);
            Div bar = new Div();
            bar.addClassName(right ? "kring-bar-right" : "kring-bar");
            bar.setWidth(share + "%");
            Span figure = new Span(count.getValue() + " (" + share + "%)");
            figure.addClassName("kring-muted");
            Div row = new Div(text, new Div(bar), figure);
            row.addClassName("kring-distribution-row");
            if (right) {
                row.getElement().setAttribute("aria-label", getTranslation("stats.right-answer") + ": " + label);
            }
            bars.add(row);
        }
        details.add(bars);
        details.getElement().callJsFunction("scrollIntoView");
    }

    private static String question(QuizDefinition quiz, QuizReport.Item item) {
        String text = quiz.text(item.leaf().item().text());
        return item.leaf().id() + " — " + (text.length() > 140 ? text.substring(0, 137) + "…" : text);
    }

    private static String percent(Double fraction) {
        return fraction == null ? "—" : Math.round(fraction * 100) + "%";
    }

    private static String decimal(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.2f", value);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
