package nl.kring.coursekit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a course folder (or the folder inside a plugin jar) into a {@link CoursePackage}, collecting
 * every problem with its file and line instead of stopping at the first.
 */
public final class CourseReader {

    public static final String COURSE_FILE = "course.yaml";
    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");
    static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?");
    private static final Pattern LESSON_FILE = Pattern.compile("lessons/([^/]+)\\.([a-z]{2})\\.md");
    private static final Set<String> COURSE_KEYS = Set.of("id", "version", "requires", "languages", "title", "summary",
            "competences", "estimatedMinutes", "accreditationPoints", "sources", "modules");
    private static final Set<String> LESSON_KEYS = Set.of("id", "title", "module", "order", "minutes", "sources");

    private final CompetenceFramework competences;

    public CourseReader(CompetenceFramework competences) {
        this.competences = competences;
    }

    /**
     * Reads and checks the whole course.
     *
     * @throws InvalidCourseException listing every problem when the course cannot be used as is
     * @throws IOException            when the files cannot be read at all
     */
    public CoursePackage read(CourseFiles files) throws IOException, InvalidCourseException {
        List<Problem> problems = new ArrayList<>();
        CourseDescriptor descriptor = readDescriptor(files, problems);
        List<Lesson> lessons = descriptor == null ? List.of() : readLessons(files, descriptor, problems);
        if (!problems.isEmpty() || descriptor == null) {
            throw new InvalidCourseException(files.origin(), problems);
        }
        return new CoursePackage(descriptor, lessons);
    }

    /** Reads only {@code course.yaml}; used where the lessons are not needed (packaging the manifest). */
    public CourseDescriptor readDescriptor(CourseFiles files) throws IOException, InvalidCourseException {
        List<Problem> problems = new ArrayList<>();
        CourseDescriptor descriptor = readDescriptor(files, problems);
        if (!problems.isEmpty() || descriptor == null) {
            throw new InvalidCourseException(files.origin(), problems);
        }
        return descriptor;
    }

    private CourseDescriptor readDescriptor(CourseFiles files, List<Problem> problems) throws IOException {
        Optional<byte[]> courseYaml = files.read(COURSE_FILE);
        if (courseYaml.isEmpty()) {
            problems.add(new Problem(COURSE_FILE, 0, "no course.yaml found",
                    "every course folder starts with a course.yaml; see docs/authoring.md"));
            return null;
        }
        return readDescriptor(new String(courseYaml.get(), StandardCharsets.UTF_8), problems);
    }

    private CourseDescriptor readDescriptor(String yaml, List<Problem> problems) {
        Optional<YamlMap> parsed = YamlMap.parse(COURSE_FILE, yaml, 0, problems);
        if (parsed.isEmpty()) {
            return null;
        }
        YamlMap root = parsed.get();
        root.rejectUnknownKeys(COURSE_KEYS);
        String id = root.requiredString("id", "a lowercase slug such as naasten-betrekken");
        if (!id.isEmpty() && !SLUG.matcher(id).matches()) {
            problems.add(new Problem(COURSE_FILE, root.lineOf("id"), "id '" + id + "' is not a slug",
                    "use lowercase letters, digits and '-', e.g. naasten-betrekken"));
        }
        String version = root.requiredString("version", "a semantic version such as 1.0.0");
        if (!version.isEmpty() && !VERSION.matcher(version).matches()) {
            problems.add(new Problem(COURSE_FILE, root.lineOf("version"), "version '" + version + "' is not MAJOR.MINOR.PATCH",
                    "e.g. 1.2.0"));
        }
        String requires = root.string("requires").orElse("*");
        List<String> languages = root.strings("languages");
        if (languages.isEmpty()) {
            problems.add(new Problem(COURSE_FILE, root.lineOf("languages"), "no languages declared", "e.g. languages: [nl, en]"));
            languages = List.of("nl");
        }
        List<String> competenceIds = root.strings("competences");
        for (String competence : competenceIds) {
            if (!competences.contains(competence)) {
                problems.add(new Problem(COURSE_FILE, root.lineOf("competences"), "unknown competence '" + competence + "'",
                        "known competences: " + String.join(", ", competences.all().stream().map(Competence::id).toList())));
            }
        }
        List<SourceReference> sources = new ArrayList<>();
        for (YamlMap source : root.maps("sources")) {
            sources.add(new SourceReference(source.requiredString("id", null), source.requiredString("citation", null),
                    source.string("file").orElse(null)));
        }
        List<CourseModule> modules = new ArrayList<>();
        Set<String> moduleIds = new HashSet<>();
        for (YamlMap module : root.maps("modules")) {
            String moduleId = module.requiredString("id", "a lowercase slug");
            if (!moduleIds.add(moduleId)) {
                problems.add(new Problem(COURSE_FILE, module.lineOf("id"), "module id '" + moduleId + "' is used twice", null));
            }
            modules.add(new CourseModule(moduleId, module.localized("title", languages)));
        }
        if (modules.isEmpty()) {
            problems.add(new Problem(COURSE_FILE, root.line(), "no modules declared",
                    "add modules: with at least one entry (- id: ..., title: {...})"));
        }
        return new CourseDescriptor(id, version, requires, languages, root.localized("title", languages),
                root.localized("summary", languages), competenceIds, root.integer("estimatedMinutes", 0),
                root.decimal("accreditationPoints", 0), sources, modules);
    }

    private List<Lesson> readLessons(CourseFiles files, CourseDescriptor course, List<Problem> problems) throws IOException {
        Map<String, Map<String, LessonFront>> byId = new TreeMap<>();
        for (String path : files.list()) {
            if (!path.startsWith("lessons/") || !path.endsWith(".md")) {
                continue;
            }
            Matcher name = LESSON_FILE.matcher(path);
            if (!name.matches()) {
                problems.add(new Problem(path, 0, "lesson file name must end in .<language>.md",
                        "e.g. lessons/01-waarom.nl.md and lessons/01-waarom.en.md"));
                continue;
            }
            String language = name.group(2);
            if (!course.languages().contains(language)) {
                problems.add(new Problem(path, 0, "language '" + language + "' is not declared in course.yaml",
                        "add it to languages: or rename the file"));
                continue;
            }
            String text = new String(files.read(path).orElseThrow(), StandardCharsets.UTF_8);
            readLesson(path, language, text, course, problems).ifPresent(front -> {
                Map<String, LessonFront> versions = byId.computeIfAbsent(front.id, k -> new LinkedHashMap<>());
                LessonFront twin = versions.putIfAbsent(language, front);
                if (twin != null) {
                    problems.add(new Problem(path, 2, "lesson id '" + front.id + "' is also used by " + twin.text.path(),
                            "every lesson needs its own id"));
                }
            });
        }
        if (byId.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem("lessons/", 0, "the course has no lessons", "add lessons/01-intro.nl.md"));
        }
        List<Lesson> lessons = new ArrayList<>();
        for (Map.Entry<String, Map<String, LessonFront>> entry : byId.entrySet()) {
            lessons.add(merge(entry.getKey(), entry.getValue(), course, problems));
        }
        return lessons;
    }

    private Lesson merge(String id, Map<String, LessonFront> versions, CourseDescriptor course, List<Problem> problems) {
        LessonFront first = versions.values().iterator().next();
        for (String language : course.languages()) {
            if (!versions.containsKey(language)) {
                problems.add(new Problem(first.text.path(), 0, "lesson '" + id + "' has no '" + language + "' version",
                        "add " + first.text.path().replaceFirst("\\.[a-z]{2}\\.md$", "." + language + ".md")));
            }
        }
        Map<String, LessonText> texts = new LinkedHashMap<>();
        for (LessonFront version : versions.values()) {
            if (!version.module.equals(first.module) || version.order != first.order) {
                problems.add(new Problem(version.text.path(), 2, "module and order differ from " + first.text.path(),
                        "all language versions of a lesson share module and order"));
            }
            texts.put(version.text.language(), version.text);
        }
        return new Lesson(id, first.module, first.order, first.minutes, first.sources, texts);
    }

    private Optional<LessonFront> readLesson(String path, String language, String text, CourseDescriptor course,
                                             List<Problem> problems) {
        FrontMatter front = FrontMatter.split(text);
        if (front == null) {
            problems.add(new Problem(path, 1, "lesson has no front matter",
                    "start the file with ---, then id:, title:, module:, order:, then ---"));
            return Optional.empty();
        }
        int before = problems.size();
        Optional<YamlMap> parsed = YamlMap.parse(path, front.yaml(), 1, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlMap yaml = parsed.get();
        yaml.rejectUnknownKeys(LESSON_KEYS);
        String id = yaml.requiredString("id", "a stable lowercase slug; never change it once learners have started");
        if (!id.isEmpty() && !SLUG.matcher(id).matches()) {
            problems.add(new Problem(path, yaml.lineOf("id"), "lesson id '" + id + "' is not a slug", "use lowercase letters, digits and '-'"));
        }
        String title = yaml.requiredString("title", null);
        String module = yaml.requiredString("module", "one of the module ids in course.yaml");
        if (!module.isEmpty() && course.modules().stream().noneMatch(m -> m.id().equals(module))) {
            problems.add(new Problem(path, yaml.lineOf("module"), "unknown module '" + module + "'",
                    "modules in course.yaml: " + String.join(", ", course.modules().stream().map(CourseModule::id).toList())));
        }
        if (!yaml.has("order")) {
            problems.add(new Problem(path, yaml.line(), "missing 'order'", "a number giving the lesson's place in the course"));
        }
        int order = yaml.integer("order", 0);
        int minutes = yaml.integer("minutes", 10);
        List<String> sources = yaml.strings("sources");
        for (String source : sources) {
            if (course.sources().stream().noneMatch(s -> s.id().equals(source))) {
                problems.add(new Problem(path, yaml.lineOf("sources"), "unknown source '" + source + "'",
                        "list it under sources: in course.yaml"));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new LessonFront(id, module, order, minutes, sources,
                new LessonText(language, title, front.body(), path, front.bodyFirstLine())));
    }

    private record LessonFront(String id, String module, int order, int minutes, List<String> sources, LessonText text) {
    }
}
