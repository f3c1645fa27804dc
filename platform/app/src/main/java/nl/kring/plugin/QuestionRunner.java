package nl.kring.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.kring.api.question.QuestionGrade;
import nl.kring.api.question.QuestionInput;
import nl.kring.api.question.QuestionProblem;
import nl.kring.api.question.QuestionSource;
import nl.kring.api.question.QuestionType;
import nl.kring.coursekit.CoursePackage;
import nl.kring.coursekit.Problem;
import nl.kring.coursekit.Quiz;
import nl.kring.coursekit.QuizLeaf;
import nl.kring.coursekit.question.QuestionTypes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Renders and grades quiz items through their question type: a built-in one, or one a plugin adds, which is always
 * called through the {@link PluginGuard} (a plugin that throws gives an empty result, never an error page).
 */
@Service
public class QuestionRunner {

    private final PluginQuestionTypes pluginTypes;
    private final PluginGuard guard;

    QuestionRunner(PluginQuestionTypes pluginTypes, PluginGuard guard) {
        this.pluginTypes = pluginTypes;
        this.guard = guard;
    }

    /** How the learner answers; empty when the type's plugin is missing or failed (the failure is recorded). */
    @PreAuthorize("isAuthenticated()")
    public Optional<QuestionInput> render(String type, QuestionSource item, String language) {
        return call(type, item, "render", t -> t.render(item, language));
    }

    /** The grade of an answer; empty when the type's plugin is missing or failed (the failure is recorded). */
    @PreAuthorize("isAuthenticated()")
    public Optional<QuestionGrade> grade(String type, QuestionSource item, List<String> response, String language) {
        return call(type, item, "grade", t -> t.grade(item, List.copyOf(response), language));
    }

    /** Asks the plugins whose item types a course uses to check those items; a failing check gives a warning. */
    List<Problem> validate(CoursePackage course, String version) {
        List<Problem> problems = new ArrayList<>();
        for (Quiz quiz : course.quizzes()) {
            for (QuizLeaf leaf : quiz.leaves()) {
                String type = leaf.item().type();
                if (QuestionTypes.builtIn(type).isPresent()) {
                    continue;
                }
                pluginTypes.find(type).ifPresent(registered -> {
                    QuestionSource source = new QuestionSource(course.descriptor().id(), version, quiz.id(), leaf.id(),
                            leaf.item().yaml(), course.descriptor().languages());
                    Optional<List<QuestionProblem>> found = guard.call(registered.pluginId(), "validate " + quiz.path() + " "
                            + leaf.id(), () -> registered.implementation().validate(source));
                    if (found.isEmpty()) {
                        problems.add(Problem.warning(quiz.path(), leaf.item().yaml().line(), "the " + type
                                + " plugin failed to check this item", "see the plugin's incidents on the Plugins page"));
                    } else {
                        found.get().forEach(p -> problems.add(new Problem(quiz.path(), p.line(), p.message(), p.hint())));
                    }
                });
            }
        }
        return problems;
    }

    private <T> Optional<T> call(String type, QuestionSource item, String hook, java.util.function.Function<QuestionType, T> call) {
        Optional<? extends QuestionType> builtIn = QuestionTypes.builtIn(type);
        if (builtIn.isPresent()) {
            return Optional.ofNullable(call.apply(builtIn.get()));
        }
        return pluginTypes.find(type).flatMap(registered -> guard.call(registered.pluginId(),
                hook + " " + item.courseId() + "/" + item.quizId() + "/" + item.itemId(), () -> call.apply(registered.implementation())));
    }
}
