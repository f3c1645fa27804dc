package nl.kring.competence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kring.account.AccountService;
import nl.kring.account.UserSummary;
import nl.kring.base.Roles;
import nl.kring.base.ui.MainLayout;
import nl.kring.catalog.CatalogService;
import nl.kring.catalog.CompetenceCatalog.CompetenceName;
import nl.kring.catalog.CompetenceCatalog.LevelName;
import nl.kring.competence.PracticeAssessmentService;

/**
 * A trainer or supervisor records what they saw of a learner's work on one competence: shown in a practice situation
 * or done in daily work, with what they observed. The learner sees it in "My competences".
 */
@Route(value = "review/assess", layout = MainLayout.class)
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
public class PracticeAssessmentView extends VerticalLayout implements HasDynamicTitle {

    private final ComboBox<UserSummary> learner = new ComboBox<>();
    private final ComboBox<CompetenceName> competence = new ComboBox<>();
    private final RadioButtonGroup<LevelName> level = new RadioButtonGroup<>();
    private final TextArea note = new TextArea();
    private final Div result = new Div();

    public PracticeAssessmentView(PracticeAssessmentService assessments, AccountService accounts, CatalogService catalog) {
        addClassName("kring-page");
        addClassName("kring-lesson-page");
        H1 heading = new H1(getPageTitle());
        heading.setId("assessment-title");
        learner.setLabel(getTranslation("assess.learner"));
        learner.setItems(accounts.learners());
        learner.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        learner.setId("assessment-learner");
        learner.setWidth("min(100%, 28rem)");
        competence.setLabel(getTranslation("assess.competence"));
        competence.setItems(catalog.competences(getLocale()));
        competence.setItemLabelGenerator(CompetenceName::title);
        competence.setId("assessment-competence");
        competence.setWidth("min(100%, 28rem)");
        level.setLabel(getTranslation("assess.level"));
        level.setItems(catalog.levels(getLocale()).stream().filter(l -> l.level() >= 3).toList());
        level.setItemLabelGenerator(l -> l.title() + " — " + l.description());
        level.setId("assessment-level");
        note.setLabel(getTranslation("assess.note"));
        note.setHelperText(getTranslation("assess.note-help"));
        note.setMaxLength(2000);
        note.setWidthFull();
        note.setMinHeight("8em");
        note.setId("assessment-note");
        result.setId("assessment-result");
        Button save = new Button(getTranslation("assess.save"), e -> save(assessments));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("assessment-save");
        add(heading, new Paragraph(getTranslation("assess.intro")), learner, competence, level, note, save, result,
                new Anchor("review", getTranslation("observe.back")));
    }

    private void save(PracticeAssessmentService assessments) {
        result.removeAll();
        learner.setInvalid(learner.getValue() == null);
        competence.setInvalid(competence.getValue() == null);
        level.setInvalid(level.getValue() == null);
        note.setInvalid(note.getValue().isBlank());
        if (learner.isInvalid() || competence.isInvalid() || level.isInvalid() || note.isInvalid()) {
            result.add(new Paragraph(getTranslation("assess.incomplete")));
            result.setClassName("kring-report-error");
            return;
        }
        assessments.record(learner.getValue().id(), competence.getValue().id(), level.getValue().level(), note.getValue());
        result.setClassName("kring-note");
        result.add(new Paragraph(getTranslation("assess.saved", learner.getValue().displayName(), competence.getValue().title(),
                level.getValue().title())));
        note.clear();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assess.title");
    }
}
