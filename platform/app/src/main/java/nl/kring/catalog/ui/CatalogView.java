package nl.kring.catalog.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kring.base.Roles;
import nl.kring.base.ui.Badges;
import nl.kring.base.ui.MainLayout;
import nl.kring.catalog.CatalogService;
import nl.kring.catalog.CourseCard;
import nl.kring.catalog.CompetenceCatalog.CompetenceName;

/** The course catalog: a card per installed course, filterable by the competence it develops. */
@Route(value = "", layout = MainLayout.class)
@RolesAllowed({Roles.LEARNER, Roles.TRAINER, Roles.TEAM_LEAD, Roles.ADMIN})
public class CatalogView extends VerticalLayout implements HasDynamicTitle {

    private final transient CatalogService catalog;
    private final Div cards = new Div();
    private final Paragraph count = new Paragraph();

    public CatalogView(CatalogService catalog) {
        this.catalog = catalog;
        addClassName("kring-page");
        ComboBox<CompetenceName> filter = new ComboBox<>(getTranslation("catalog.filter"));
        filter.setId("competence-filter");
        filter.setItems(catalog.competences(getLocale()));
        filter.setItemLabelGenerator(CompetenceName::title);
        filter.setPlaceholder(getTranslation("catalog.filter.all"));
        filter.setClearButtonVisible(true);
        filter.setWidth("22rem");
        filter.addValueChangeListener(e -> show(Optional.ofNullable(e.getValue()).map(CompetenceName::id)));

        Paragraph intro = new Paragraph(getTranslation("catalog.intro"));
        intro.addClassName("kring-lead");
        cards.addClassName("kring-cards");
        cards.setId("course-cards");
        count.addClassName("kring-muted");
        HorizontalLayout tools = new HorizontalLayout(filter, count);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("catalog.title")), intro, tools, cards);
        show(Optional.empty());
    }

    private void show(Optional<String> competence) {
        List<CourseCard> courses = catalog.courses(getLocale(), competence);
        cards.removeAll();
        count.setText(getTranslation("catalog.count", courses.size()));
        if (courses.isEmpty()) {
            cards.add(new Paragraph(getTranslation(competence.isPresent() ? "catalog.empty.filtered" : "catalog.empty")));
        }
        courses.forEach(course -> cards.add(card(course)));
    }

    private Component card(CourseCard course) {
        H3 title = new H3(course.title());
        Paragraph summary = new Paragraph(course.summary());
        summary.addClassName("kring-card-summary");

        HorizontalLayout facts = new HorizontalLayout(
                fact(VaadinIcon.CLOCK, getTranslation("course.minutes", course.minutes())),
                fact(VaadinIcon.FILE_TEXT_O, getTranslation("course.lessons", course.lessonCount())),
                fact(VaadinIcon.DIPLOMA, getTranslation("course.points", course.accreditationPoints())),
                fact(VaadinIcon.GLOBE, String.join(" · ", course.languages().stream().map(String::toUpperCase).toList())));
        facts.addClassName("kring-facts");
        facts.setSpacing(false);

        Div competences = new Div();
        competences.addClassName("kring-badges");
        course.competences().forEach(c -> competences.add(Badges.competence(c.title(), c.description())));

        Button open = new Button(getTranslation("catalog.open"), VaadinIcon.ARROW_RIGHT.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("course/" + course.id())));
        open.setIconAfterText(true);
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("open-" + course.id());

        Div card = new Div(title, summary, competences, facts, open);
        card.addClassName("kring-card");
        card.getElement().setAttribute("data-course", course.id());
        return card;
    }

    private static Span fact(VaadinIcon icon, String text) {
        Span fact = new Span(icon.create(), new Span(text));
        fact.addClassName("kring-fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.title");
    }
}
