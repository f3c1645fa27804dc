package nl.kring.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.kring.api.activity.ActivityResult;
import nl.kring.catalog.CompetenceCatalog.CompetenceName;
import nl.kring.content.LinkResolver;
import nl.kring.content.MarkdownRenderer;
import nl.kring.content.RenderedContentCache;
import nl.kring.coursekit.CourseDescriptor;
import nl.kring.coursekit.CourseFiles;
import nl.kring.coursekit.CourseModule;
import nl.kring.coursekit.Lesson;
import nl.kring.coursekit.LessonText;
import nl.kring.coursekit.SourceReference;
import nl.kring.content.DiagramResolver;
import nl.kring.plugin.ActivityRunner;
import nl.kring.plugin.DiagramRunner;
import nl.kring.plugin.InstalledCourse;
import nl.kring.plugin.PluginHost;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The installed courses as learners see them, in their language. */
@Service
@PreAuthorize("isAuthenticated()")
public class CatalogService {

    private final PluginHost plugins;
    private final CompetenceCatalog competences;
    private final MarkdownRenderer markdown;
    private final RenderedContentCache cache;
    private final ActivityRunner activities;
    private final DiagramRunner diagrams;

    CatalogService(PluginHost plugins, CompetenceCatalog competences, MarkdownRenderer markdown,
                   RenderedContentCache cache, ActivityRunner activities, DiagramRunner diagrams) {
        this.activities = activities;
        this.diagrams = diagrams;
        this.plugins = plugins;
        this.competences = competences;
        this.markdown = markdown;
        this.cache = cache;
    }

    /** Every course, or only those developing {@code competenceId} when given. */
    public List<CourseCard> courses(Locale locale, Optional<String> competenceId) {
        return plugins.courses().stream()
                .filter(c -> competenceId.isEmpty() || c.course().descriptor().competences().contains(competenceId.get()))
                .map(c -> card(c, locale))
                .toList();
    }

    public List<CompetenceName> competences(Locale locale) {
        return competences.all(locale);
    }

    public Optional<CourseOutline> outline(String courseId, Locale locale) {
        return plugins.course(courseId).map(c -> outline(c, locale));
    }

    public Optional<LessonPage> lesson(String courseId, String lessonId, Locale locale) {
        return plugins.course(courseId).flatMap(installed -> installed.course().lesson(lessonId).map(lesson -> {
            CourseDescriptor course = installed.course().descriptor();
            String language = language(course, locale);
            LessonText text = lesson.text(language, course.defaultLanguage());
            String html = cache.get(course.id(), installed.version(), lesson.id() + "/" + text.language(),
                    () -> markdown.render(text.markdown(), links(installed, text), diagrams(installed, lesson.id(), text)));
            List<LessonRef> order = outline(installed, locale).lessons();
            int index = indexOf(order, lessonId);
            return new LessonPage(course.id(), installed.version(), course.title().in(language, course.defaultLanguage()),
                    lesson.id(), text.title(), html, text.language(), lesson.minutes(),
                    index > 0 ? Optional.of(order.get(index - 1)) : Optional.empty(),
                    index >= 0 && index < order.size() - 1 ? Optional.of(order.get(index + 1)) : Optional.empty());
        }));
    }

    /** An activity with what its plugin renders; the view is empty when the plugin failed (see {@link ActivityPage}). */
    public Optional<ActivityPage> activity(String courseId, String activityId, Locale locale) {
        return plugins.course(courseId).flatMap(installed -> installed.course().activities().stream()
                .filter(a -> a.id().equals(activityId)).findFirst()
                .map(activity -> {
                    CourseDescriptor course = installed.course().descriptor();
                    String language = language(course, locale);
                    boolean stepwise = activities.stepwise(courseId, activityId);
                    return new ActivityPage(courseId, installed.version(), course.title().in(language, course.defaultLanguage()),
                            activityId, activity.title().in(language, course.defaultLanguage()), language,
                            activity.competences(), stepwise,
                            stepwise ? Optional.empty() : activities.render(courseId, activityId, language));
                }));
    }

    /** A quiz of an installed course, in the user's language. */
    public Optional<QuizDefinition> quiz(String courseId, String quizId, Locale locale) {
        return plugins.course(courseId).flatMap(installed -> installed.course().quizzes().stream()
                .filter(q -> q.id().equals(quizId)).findFirst()
                .map(quiz -> {
                    CourseDescriptor course = installed.course().descriptor();
                    String language = language(course, locale);
                    return new QuizDefinition(courseId, installed.version(), course.title().in(language, course.defaultLanguage()),
                            language, course.languages(), quiz);
                }));
    }

    /** Every quiz and activity of the installed courses that gives evidence for {@code competenceId}. */
    public List<CompetencePractice> practice(String competenceId, Locale locale) {
        List<CompetencePractice> found = new ArrayList<>();
        for (InstalledCourse installed : plugins.courses()) {
            CourseDescriptor course = installed.course().descriptor();
            String language = language(course, locale);
            String courseTitle = course.title().in(language, course.defaultLanguage());
            installed.course().quizzes().forEach(quiz -> quiz.leaves().stream()
                    .map(leaf -> leaf.item().competences().getOrDefault(competenceId, 0)).max(Integer::compare)
                    .filter(level -> level > 0)
                    .ifPresent(level -> found.add(new CompetencePractice(course.id(), courseTitle, CompetencePractice.Kind.QUIZ,
                            quiz.id(), quiz.title().in(language, course.defaultLanguage()), level, "",
                            "course/" + course.id() + "/quiz/" + quiz.id()))));
            installed.course().activities().stream().filter(a -> a.competences().containsKey(competenceId))
                    .forEach(activity -> found.add(new CompetencePractice(course.id(), courseTitle,
                            CompetencePractice.Kind.ACTIVITY, activity.id(), activity.title().in(language, course.defaultLanguage()),
                            activity.competences().get(competenceId), activity.type(),
                            "course/" + course.id() + "/activity/" + activity.id())));
        }
        return found;
    }

    /** The framework's levels in the user's language (1 knows … 4 does). */
    public List<CompetenceCatalog.LevelName> levels(Locale locale) {
        return competences.levels(locale);
    }

    /** Scores a submitted activity; empty when its plugin failed. */
    public Optional<ActivityResult> submitActivity(String courseId, String activityId, Map<String, String> answers,
                                                   Locale locale) {
        return plugins.course(courseId).flatMap(installed -> activities.score(courseId, activityId, answers,
                language(installed.course().descriptor(), locale)));
    }

    private CourseCard card(InstalledCourse installed, Locale locale) {
        CourseDescriptor course = installed.course().descriptor();
        String language = language(course, locale);
        return new CourseCard(course.id(), course.title().in(language, course.defaultLanguage()),
                course.summary().in(language, course.defaultLanguage()), course.languages(), minutes(installed),
                course.accreditationPoints(), competenceNames(course, locale), installed.course().lessons().size());
    }

    private CourseOutline outline(InstalledCourse installed, Locale locale) {
        CourseDescriptor course = installed.course().descriptor();
        String language = language(course, locale);
        List<CourseOutline.Module> modules = new ArrayList<>();
        for (CourseModule module : course.modules()) {
            List<LessonRef> lessons = installed.course().lessonsIn(module.id()).stream()
                    .map(l -> new LessonRef(l.id(), l.text(language, course.defaultLanguage()).title(), l.minutes()))
                    .toList();
            List<ActivityRef> activities = installed.course().activities().stream()
                    .filter(a -> a.module().equals(module.id()))
                    .map(a -> new ActivityRef(a.id(), a.title().in(language, course.defaultLanguage()), a.type()))
                    .toList();
            List<QuizRef> quizzes = installed.course().quizzes().stream()
                    .filter(q -> q.module().equals(module.id()))
                    .map(q -> new QuizRef(q.id(), q.title().in(language, course.defaultLanguage()), q.questionsPerAttempt()))
                    .toList();
            modules.add(new CourseOutline.Module(module.id(), module.title().in(language, course.defaultLanguage()), lessons,
                    activities, quizzes));
        }
        return new CourseOutline(course.id(), installed.version(), course.title().in(language, course.defaultLanguage()),
                course.summary().in(language, course.defaultLanguage()), language, course.languages(), minutes(installed),
                course.accreditationPoints(), competenceNames(course, locale), modules,
                course.sources().stream().map(SourceReference::citation).toList());
    }

    private static int minutes(InstalledCourse installed) {
        int declared = installed.course().descriptor().estimatedMinutes();
        return declared > 0 ? declared : installed.course().totalMinutes();
    }

    private List<CompetenceName> competenceNames(CourseDescriptor course, Locale locale) {
        return course.competences().stream().map(id -> competences.name(id, locale)).toList();
    }

    /** The user's language when the course has it, else the course's default language. */
    static String language(CourseDescriptor course, Locale locale) {
        String wanted = locale.getLanguage();
        return course.languages().contains(wanted) ? wanted : course.defaultLanguage();
    }

    private static int indexOf(List<LessonRef> lessons, String lessonId) {
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).id().equals(lessonId)) {
                return i;
            }
        }
        return -1;
    }

    /** Images point to the course media endpoint, links to other lesson files open that lesson. */
    /**
     * Code blocks in a language a plugin draws (e.g. {@code genogram}) become pictures served by
     * {@link DiagramController}, with the plugin's text alternative under them.
     */
    private DiagramResolver diagrams(InstalledCourse installed, String lessonId, LessonText text) {
        java.util.Set<String> known = diagrams.languages();
        return (blockLanguage, source, index) -> known.contains(blockLanguage)
                ? diagrams.render(blockLanguage, source, text.language()).map(diagram -> new DiagramResolver.Figure(
                        DiagramController.PREFIX.substring(1) + "/" + installed.course().descriptor().id() + "/" + installed.version()
                                + "/" + lessonId + "/" + text.language() + "/" + index + ".svg",
                        diagram.title(), diagram.textAlternative(),
                        "nl".equals(text.language()) ? "Beschrijving van de afbeelding" : "Description of the picture"))
                : Optional.empty();
    }

    private static LinkResolver links(InstalledCourse installed, LessonText text) {
        String folder = text.path().contains("/") ? text.path().substring(0, text.path().lastIndexOf('/') + 1) : "";
        return (url, image) -> {
            String plain = url.replaceFirst("[?#].*$", "");
            Optional<String> path = CourseFiles.safePath(folder + plain);
            if (path.isEmpty()) {
                return Optional.empty();
            }
            if (image) {
                return Optional.of(installed.mediaUrl(path.get()));
            }
            return installed.course().lessons().stream()
                    .filter(l -> l.texts().values().stream().anyMatch(t -> t.path().equals(path.get())))
                    .map(Lesson::id)
                    .findFirst()
                    .map(id -> "course/" + installed.courseId() + "/lesson/" + id);
        };
    }
}
