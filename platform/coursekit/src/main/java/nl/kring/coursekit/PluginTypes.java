package nl.kring.coursekit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import nl.kring.api.activity.ActivitySource;
import nl.kring.api.activity.ActivityType;
import nl.kring.api.content.DiagramType;
import nl.kring.api.question.QuestionSource;
import nl.kring.api.question.QuestionType;
import nl.kring.coursekit.question.QuestionTypes;

/**
 * Activity, question and diagram types read from plugin jars, so that the linter and the packager check a course's
 * role-plays, plugin question items and diagrams in lessons the way Kring does when it installs the course. Each jar gets its own class
 * loader on top of this one (which provides the plugin API and SnakeYAML, as Kring does); the classes are the ones
 * the jar lists in PF4J's {@code META-INF/extensions.idx}.
 */
public final class PluginTypes {

    private static final String EXTENSIONS = "META-INF/extensions.idx";

    private final Map<String, ActivityType> activities;
    private final Map<String, QuestionType> questions;
    private final Map<String, DiagramType> diagrams;

    private PluginTypes(Map<String, ActivityType> activities, Map<String, QuestionType> questions,
                        Map<String, DiagramType> diagrams) {
        this.activities = Map.copyOf(activities);
        this.questions = Map.copyOf(questions);
        this.diagrams = Map.copyOf(diagrams);
    }

    public static PluginTypes none() {
        return new PluginTypes(Map.of(), Map.of(), Map.of());
    }

    /**
     * Loads the types of every plugin jar given, or found directly in a folder given.
     *
     * @throws IOException when a path cannot be read or a jar's extensions cannot be loaded
     */
    public static PluginTypes load(List<Path> jarsOrFolders) throws IOException {
        Map<String, ActivityType> activities = new LinkedHashMap<>();
        Map<String, QuestionType> questions = new LinkedHashMap<>();
        Map<String, DiagramType> diagrams = new LinkedHashMap<>();
        for (Path jar : jars(jarsOrFolders)) {
            for (Object extension : extensions(jar)) {
                if (extension instanceof ActivityType activity) {
                    activities.put(activity.type(), activity);
                }
                if (extension instanceof QuestionType question) {
                    questions.put(question.type(), question);
                }
                if (extension instanceof DiagramType diagram) {
                    diagrams.put(diagram.language(), diagram);
                }
            }
        }
        return new PluginTypes(activities, questions, diagrams);
    }

    public java.util.Set<String> activityTypes() {
        return activities.keySet();
    }

    public java.util.Set<String> questionTypes() {
        return questions.keySet();
    }

    /** Asks each plugin to check the course's activities and quiz items of its types. */
    public List<Problem> check(CoursePackage course, CourseFiles files) throws IOException {
        List<Problem> problems = new ArrayList<>();
        String id = course.descriptor().id();
        String version = course.descriptor().version();
        List<String> languages = course.descriptor().languages();
        for (Activity activity : course.activities()) {
            ActivityType type = activities.get(activity.type());
            if (type != null) {
                String yaml = new String(files.read(activity.path()).orElseThrow(), StandardCharsets.UTF_8);
                type.validate(new ActivitySource(id, version, activity.id(), activity.path(), yaml, languages))
                        .forEach(p -> problems.add(new Problem(activity.path(), p.line(), p.message(), p.hint())));
            }
        }
        for (Quiz quiz : course.quizzes()) {
            for (QuizLeaf leaf : quiz.leaves()) {
                QuestionType type = questions.get(leaf.item().type());
                if (type != null && QuestionTypes.builtIn(leaf.item().type()).isEmpty()) {
                    type.validate(new QuestionSource(id, version, quiz.id(), leaf.id(), leaf.item().yaml(), languages))
                            .forEach(p -> problems.add(new Problem(quiz.path(), p.line(), p.message(), p.hint())));
                }
            }
        }
        for (Lesson lesson : course.lessons()) {
            for (LessonText text : lesson.texts().values()) {
                problems.addAll(checkDiagrams(text, diagrams));
            }
        }
        return problems;
    }

    /** The problems diagram plugins find in a lesson's code blocks, at the lesson file's own lines. */
    public static List<Problem> checkDiagrams(LessonText text, Map<String, DiagramType> diagrams) {
        List<Problem> problems = new ArrayList<>();
        for (FencedBlocks.Block block : FencedBlocks.of(text.markdown())) {
            DiagramType type = diagrams.get(block.info());
            if (type != null) {
                int first = text.bodyFirstLine() + block.firstLine() - 1;
                type.check(block.source()).forEach(p -> {
                    int line = first + Math.max(1, p.line()) - 1;
                    problems.add(p.warning() ? Problem.warning(text.path(), line, p.message(), p.hint())
                            : new Problem(text.path(), line, p.message(), p.hint()));
                });
            }
        }
        return problems;
    }

    private static List<Path> jars(List<Path> jarsOrFolders) throws IOException {
        List<Path> jars = new ArrayList<>();
        for (Path path : jarsOrFolders) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    files.filter(f -> f.toString().endsWith(".jar")).sorted().forEach(jars::add);
                }
            } else if (Files.isRegularFile(path)) {
                jars.add(path);
            } else {
                throw new IOException(path + ": no such plugin jar or folder");
            }
        }
        return jars;
    }

    /** The extensions a jar lists; a course jar (no extensions) gives none. */
    private static List<Object> extensions(Path jar) throws IOException {
        List<String> classes;
        try (JarFile file = new JarFile(jar.toFile())) {
            var entry = file.getJarEntry(EXTENSIONS);
            if (entry == null) {
                return List.of();
            }
            try (InputStream in = file.getInputStream(entry)) {
                classes = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            }
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, PluginTypes.class.getClassLoader());
        List<Object> extensions = new ArrayList<>();
        for (String name : classes) {
            try {
                extensions.add(loader.loadClass(name).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new IOException(jar.getFileName() + ": extension " + name + " cannot be loaded: " + e, e);
            }
        }
        return extensions;
    }
}
