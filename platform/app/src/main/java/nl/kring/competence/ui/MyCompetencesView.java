package nl.kring.competence.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kring.base.KringTime;
import nl.kring.base.Roles;
import nl.kring.base.ui.Badges;
import nl.kring.base.ui.MainLayout;
import nl.kring.catalog.CompetencePractice;
import nl.kring.competence.CompetenceProfileService;
import nl.kring.competence.CompetenceStanding;
import nl.kring.competence.EvidenceItem;
import nl.kring.competence.LevelRules;

/**
 * "My competences": every competence of the framework with its level as a bar of four steps (Miller's pyramid),
 * readable at a glance; opening one shows the evidence behind the level and what would reach the next.
 */
@Route(value = "my-competences", layout = MainLayout.class)
@RolesAllowed({Roles.LEARNER, Roles.TRAINER, Roles.TEAM_LEAD, Roles.ADMIN})
public class MyCompetencesView extends VerticalLayout implements HasDynamicTitle {

    public MyCompetencesView(CompetenceProfileService profile) {
        addClassName("kring-page");
        add(new H2(getTranslation("competences.title")));
        Paragraph intro = new Paragraph(getTranslation("competences.intro"));
        intro.addClassName("kring-muted");
        add(intro);
        Div chart = new Div();
        chart.addClassName("kring-competence-chart");
        chart.setId("competence-chart");
        profile.mine(getLocale()).forEach(standing -> chart.add(row(standing)));
        add(chart);
    }

    private Details row(CompetenceStanding standing) {
        Span name = new Span(standing.competence().title());
        name.addClassName("kring-competence-name");
        Div bar = new Div();
        bar.addClassName("kring-competence-bar");
        bar.getElement().setAttribute("role", "img");
        String level = standing.reached().map(l -> l.title()).orElse(getTranslation("competences.none"));
        bar.getElement().setAttribute("aria-label", getTranslation("competences.bar", standing.level(), standing.highest(), level));
        for (int step = 1; step <= standing.highest(); step++) {
            Span cell = new Span();
            cell.addClassName(step <= standing.level() ? "kring-competence-step-on" : "kring-competence-step");
            bar.add(cell);
        }
        Span levelName = new Span(level);
        levelName.addClassName("kring-competence-level");
        Div summary = new Div(name, bar, levelName);
        summary.addClassName("kring-competence-row");
        Details details = new Details(summary, body(standing));
        details.setId("competence-" + standing.competence().id());
        details.addClassName("kring-competence");
        return details;
    }

    private Div body(CompetenceStanding standing) {
        Div body = new Div();
        body.addClassName("kring-competence-body");
        if (!standing.competence().description().isBlank()) {
            body.add(new Paragraph(standing.competence().description()));
        }
        standing.next().ifPresentOrElse(next -> body.add(next(next)),
                () -> body.add(new Paragraph(getTranslation("competences.top"))));
        body.add(new H4(getTranslation("competences.evidence")));
        if (standing.evidence().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("competences.no-evidence"));
            none.addClassName("kring-muted");
            body.add(none);
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("kring-evidence");
            standing.evidence().forEach(line -> list.add(evidence(line)));
            body.add(list);
        }
        return body;
    }

    private Div next(CompetenceStanding.NextStep next) {
        Div box = new Div(new H4(getTranslation("competences.next", next.level().title())));
        box.addClassName("kring-competence-next");
        Paragraph what = new Paragraph(next.level().description());
        what.addClassName("kring-muted");
        box.add(what);
        UnorderedList ways = new UnorderedList();
        next.rules().forEach(rule -> ways.add(new ListItem(rule(rule))));
        box.add(new Paragraph(getTranslation("competences.ways")), ways);
        if (!next.practice().isEmpty()) {
            UnorderedList practice = new UnorderedList();
            practice.addClassName("kring-competence-practice");
            for (CompetencePractice p : next.practice()) {
                practice.add(new ListItem(new Anchor(p.path(), p.title()), new Span(" · " + p.courseTitle())));
            }
            box.add(new Paragraph(getTranslation("competences.practice")), practice);
        } else {
            Paragraph none = new Paragraph(getTranslation("competences.no-practice"));
            none.addClassName("kring-muted");
            box.add(none);
        }
        return box;
    }

    private String rule(LevelRules.Rule rule) {
        long percent = Math.round(rule.minScore() * 100);
        return switch (rule.source()) {
            case QUIZ -> getTranslation(rule.passed() ? "competences.rule.quiz-passed" : "competences.rule.quiz", percent);
            case ACTIVITY -> getTranslation("competences.rule.activity", percent);
            case OBSERVATION -> getTranslation("competences.rule.observation", percent);
            case ASSESSMENT -> getTranslation("competences.rule.assessment");
        };
    }

    private ListItem evidence(CompetenceStanding.EvidenceLine line) {
        EvidenceItem item = line.item();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(KringTime.ZONE);
        ListItem row = new ListItem();
        row.add(new Span(date.format(item.at()) + " · "));
        if (item.fact().source() == nl.kring.competence.EvidenceSource.ASSESSMENT) {
            row.add(new Span(getTranslation("competences.assessment-title")));
        } else {
            row.add(line.path().isEmpty() ? new Span(line.title()) : new Anchor(line.path(), line.title()));
        }
        row.add(new Span(" · " + getTranslation("competences.source." + item.fact().source().name().toLowerCase(java.util.Locale.ROOT))
                + " · " + Math.round(item.fact().score() * 100) + "%"
                + (item.fact().passed() == null ? "" : " · " + getTranslation(item.fact().passed() ? "competences.passed" : "competences.failed"))));
        if (line.counted()) {
            row.add(Badges.status(getTranslation("competences.counted"), "success"));
        }
        if (!item.note().isBlank()) {
            row.add(new Paragraph(item.note()));
        }
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("competences.title");
    }
}
