package nl.kring.plugin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import nl.kring.assessment.QuizQuestion;
import nl.kring.assessment.QuizResult;
import nl.kring.assessment.QuizService;
import nl.kring.assessment.QuizSession;
import nl.kring.support.KaribuSpringTest;
import nl.kring.support.TestJars;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Quiz item types from a plugin (the test plugin's {@code keywords} and {@code throwing-question}): a working one is
 * shown, answered, graded and checked at install like a built-in type; a failing one costs that one question, with
 * the failure reported, and the rest of the quiz works.
 */
class QuestionTypePluginIT extends KaribuSpringTest {

    private static final String COURSE = "met-kapotte-oefening";
    private static final String QUIZ = "plugin-vragen";

    @Autowired
    QuizService quizzes;

    @Autowired
    PluginGuard guard;

    @Autowired
    PluginLifecycle lifecycle;

    @Test
    void aPluginsQuestionTypeIsShownAndAFailingOneCostsOnlyItsQuestion() {
        signIn("daan", Locale.ENGLISH);
        UI.getCurrent().navigate("course/" + COURSE + "/quiz/" + QUIZ);

        assertThat(_get(_get(Div.class, spec -> spec.withId("item-steunbronnen")), TextField.class).getLabel())
                .isEqualTo("1. Name two people who can give support.");
        assertThat(_get(Div.class, spec -> spec.withId("item-kapot")).getElement().getTextRecursively())
                .contains("This question cannot be shown right now");
        assertThat(_find(_get(Div.class, spec -> spec.withId("item-gewoon")), RadioButtonGroup.class)).hasSize(1);
        assertThat(guard.incidents("activity-throwing")).extracting(PluginGuard.Incident::hook)
                .contains("render " + COURSE + "/" + QUIZ + "/kapot", "validate quizzes/plugin-vragen.yaml kapot");
    }

    @Test
    void aPluginsQuestionTypeGradesAndTheReviewShowsItsKey() {
        signIn("noor", Locale.ENGLISH);
        QuizSession session = quizzes.startOrResume(COURSE, QUIZ, Locale.ENGLISH);
        quizzes.saveAnswer(session.attemptId(), "steunbronnen", List.of("My spouse, and my Mother."));
        quizzes.saveAnswer(session.attemptId(), "kapot", List.of("anything"));
        quizzes.saveAnswer(session.attemptId(), "gewoon", List.of("true"));

        QuizResult result = quizzes.submit(session.attemptId(), Locale.ENGLISH);

        assertThat(result.questions()).extracting(QuizQuestion::score).containsExactly(1.0, 0.0, 1.0);
        assertThat(result.questions().get(0).feedback().orElseThrow().rightAnswerText()).isEqualTo("partner; parents; friends");
        assertThat(result.score()).isEqualTo(2.0 / 3);
        assertThat(guard.incidents("activity-throwing")).extracting(PluginGuard.Incident::message)
                .contains("IllegalStateException: grade always fails in this test plugin");
    }

    @Test
    void theInstallCheckAsksThePluginAboutItsItems() {
        signIn("trainer", Locale.ENGLISH);
        byte[] jar = TestJars.course("1.6.0", folder -> {
            try {
                Files.writeString(folder.resolve("quizzes/trefwoorden.yaml"), """
                        id: trefwoorden
                        title: {nl: Trefwoorden, en: Keywords}
                        module: waarom
                        items:
                          - id: leeg
                            type: keywords
                            text: {nl: "Noem iets.", en: "Name something."}
                        """);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        InstallPlan plan = lifecycle.prepare(jar, "keywords.jar");

        assertThat(plan.problems()).extracting(Object::toString)
                .contains("quizzes/trefwoorden.yaml:5: item 'leeg' has no keywords (keywords: - {nl: [partner], en: [partner]})");
    }
}
