package nl.kring.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.kring.api.content.Diagram;
import nl.kring.api.content.DiagramElement;
import nl.kring.api.content.DiagramElements;
import nl.kring.api.content.DiagramForm;
import nl.kring.api.content.DiagramType;
import nl.kring.coursekit.CoursePackage;
import nl.kring.coursekit.Lesson;
import nl.kring.coursekit.LessonText;
import nl.kring.coursekit.PluginTypes;
import nl.kring.coursekit.Problem;
import org.springframework.stereotype.Service;

/**
 * Draws the diagrams in lessons (code blocks such as {@code ```genogram}) through the plugin that knows their
 * language, always through the {@link PluginGuard}: a plugin that throws costs only that picture.
 */
@Service
public class DiagramRunner {

    private final DiagramTypes types;
    private final PluginGuard guard;

    DiagramRunner(DiagramTypes types, PluginGuard guard) {
        this.types = types;
        this.guard = guard;
    }

    /** The code block languages plugins draw right now. */
    public Set<String> languages() {
        return types.names();
    }

    /** The diagram; empty when no plugin draws this language or it failed (recorded as an incident). */
    public Optional<Diagram> render(String blockLanguage, String source, String language) {
        return types.find(blockLanguage).flatMap(type -> guard.call(type.pluginId(), "render " + blockLanguage,
                () -> type.implementation().render(source, language)));
    }

    /** The problems in a diagram's text, for a live editor; empty when no plugin draws the language or it failed. */
    public List<nl.kring.api.content.DiagramProblem> check(String blockLanguage, String source) {
        return types.find(blockLanguage).flatMap(type -> guard.call(type.pluginId(), "check " + blockLanguage,
                () -> type.implementation().check(source))).orElse(List.of());
    }

    /** The forms with which learners build this kind of diagram; empty when the plugin has none or failed. */
    public Optional<DiagramForm> form(String blockLanguage, String language) {
        return types.find(blockLanguage).flatMap(type -> guard.call(type.pluginId(), "form " + blockLanguage,
                () -> type.implementation().form(language))).flatMap(form -> form);
    }

    /** A diagram's text as form elements; empty when the plugin failed. */
    public Optional<DiagramElements> elements(String blockLanguage, String source, String language) {
        return types.find(blockLanguage).flatMap(type -> guard.call(type.pluginId(), "read form " + blockLanguage,
                () -> type.implementation().elements(source, language)));
    }

    /** Form elements written as the diagram's text; empty when the plugin failed. */
    public Optional<String> source(String blockLanguage, List<DiagramElement> elements) {
        return types.find(blockLanguage).flatMap(type -> guard.call(type.pluginId(), "write form " + blockLanguage,
                () -> type.implementation().source(elements)));
    }

    /** Asks the diagram plugins to check the lessons' code blocks; a plugin that fails to check gives a warning. */
    List<Problem> validate(CoursePackage course) {
        List<Problem> problems = new ArrayList<>();
        for (ContributedTypes.Registered<DiagramType> type : types.all()) {
            for (Lesson lesson : course.lessons()) {
                for (LessonText text : lesson.texts().values()) {
                    Optional<List<Problem>> found = guard.call(type.pluginId(), "check " + text.path(),
                            () -> PluginTypes.checkDiagrams(text, Map.of(type.type(), type.implementation())));
                    if (found.isEmpty()) {
                        problems.add(Problem.warning(text.path(), 0, "the " + type.type() + " plugin failed to check this lesson",
                                "see the plugin's incidents on the Plugins page"));
                    } else {
                        problems.addAll(found.get());
                    }
                }
            }
        }
        return problems;
    }
}
