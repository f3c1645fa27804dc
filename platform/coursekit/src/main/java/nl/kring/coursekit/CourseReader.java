package nl.kring.coursekit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.Set;

import nl.kring.api.KringApi;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;

/**
 * Reads a course folder (or the folder inside a plugin jar) into a {@link CoursePackage}, collecting
 * every problem with its file and line instead of stopping at the first.
 */
public final class CourseReader {

    private static final VersionManager VERSIONS = new DefaultVersionManager();

    public static final String COURSE_FILE = "course.yaml";
    /** Competences a course adds to the framework (optional). */
    public static final String COMPETENCES_FILE = "competences.yaml";
    static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?");
    private static final Set<String> COURSE_KEYS = Set.of("id", "version", "requires", "languages", "title", "summary",
            "competences", "estimatedMinutes", "accreditationPoints", "sources", "modules", "dependencies");

    private final CompetenceFramework competences;
    private final Supplier<Set<String>> activityTypes;
    private final Supplier<Set<String>> questionTypes;
    private final String platformVersion;

    /** A reader for this platform's API version that knows no activity types (none are installed). */
    public CourseReader(CompetenceFramework competences) {
        this(competences, Set.of(), KringApi.VERSION);
    }

    /**
     * @param activityTypes   the activity types installed plugins provide
     * @param platformVersion the plugin API version {@code requires:} must accept
     */
    public CourseReader(CompetenceFramework competences, Set<String> activityTypes, String platformVersion) {
        this(competences, () -> activityTypes, platformVersion);
    }

    /**
     * @param activityTypes   asked on every check: the activity types the plugins installed right now provide
     * @param platformVersion the plugin API version {@code requires:} must accept
     */
    public CourseReader(CompetenceFramework competences, Supplier<Set<String>> activityTypes, String platformVersion) {
        this(competences, activityTypes, Set::of, platformVersion);
    }

    /**
     * @param activityTypes   asked on every check: the activity types the plugins installed right now provide
     * @param questionTypes   asked on every check: the quiz item types plugins add (the built-in ones are always known);
     *                        the plugin checks those items itself
     * @param platformVersion the plugin API version {@code requires:} must accept
     */
    public CourseReader(CompetenceFramework competences, Supplier<Set<String>> activityTypes,
                        Supplier<Set<String>> questionTypes, String platformVersion) {
        this.competences = competences;
        this.activityTypes = activityTypes;
        this.questionTypes = questionTypes;
        this.platformVersion = platformVersion;
    }

    /**
     * Reads and checks everything: course.yaml, lessons, quizzes, activities, links and media.
     *
     * @return the course (only when there are no errors) and every problem found, warnings included
     * @throws IOException when the files cannot be read at all
     */
    public CourseCheck check(CourseFiles files) throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<Competence> own = ownCompetences(files, problems);
        CompetenceFramework competences = this.competences.extendedWith(own);
        CourseDescriptor descriptor = readDescriptor(files, problems, true, competences);
        if (descriptor == null) {
            return new CourseCheck(Optional.empty(), problems);
        }
        List<String> paths = files.list();
        List<Lesson> lessons = new LessonReader(descriptor, problems).read(files, paths);
        QuizReader quizReader = new QuizReader(descriptor, competences, Set.copyOf(questionTypes.get()), problems);
        List<Quiz> quizzes = quizReader.read(files, paths);
        quizReader.checkLessonReferences(lessons);
        List<Activity> activities = new ActivityReader(descriptor, competences, Set.copyOf(activityTypes.get()), problems).read(files, paths);
        new LinkChecker(paths, problems).check(lessons);
        checkIdsAreUnique(lessons, quizzes, activities, problems);
        checkStrayFiles(paths, problems);
        CoursePackage course = new CoursePackage(descriptor, lessons, quizzes, activities, own);
        boolean usable = problems.stream().noneMatch(Problem::isError);
        return new CourseCheck(usable ? Optional.of(course) : Optional.empty(), problems);
    }

    /**
     * Reads and checks the whole course.
     *
     * @throws InvalidCourseException listing every error when the course cannot be used as is
     * @throws IOException            when the files cannot be read at all
     */
    public CoursePackage read(CourseFiles files) throws IOException, InvalidCourseException {
        CourseCheck check = check(files);
        if (check.hasErrors()) {
            throw new InvalidCourseException(files.origin(), check.errors());
        }
        return check.course().orElseThrow();
    }

    private static void checkIdsAreUnique(List<Lesson> lessons, List<Quiz> quizzes, List<Activity> activities,
                                          List<Problem> problems) {
        Map<String, String> owners = new HashMap<>();
        lessons.forEach(l -> owners.put(l.id(), l.texts().values().stream().map(LessonText::path).sorted().findFirst().orElse("")));
        for (Quiz quiz : quizzes) {
            claim(owners, quiz.id(), quiz.path(), problems);
        }
        for (Activity activity : activities) {
            claim(owners, activity.id(), activity.path(), problems);
        }
    }

    private static void claim(Map<String, String> owners, String id, String path, List<Problem> problems) {
        String owner = owners.putIfAbsent(id, path);
        if (owner != null && !id.isEmpty()) {
            problems.add(new Problem(path, 0, "id '" + id + "' is also used by " + owner,
                    "lessons, quizzes and activities of a course each need their own id"));
        }
    }

    private static void checkStrayFiles(List<String> paths, List<Problem> problems) {
        for (String path : paths) {
            boolean known = path.equals(COURSE_FILE) || path.equals(COMPETENCES_FILE) || path.startsWith("media/") || path.toUpperCase().startsWith("README")
                    || path.matches("lessons/[^/]+\\.md") || YamlMap.isYamlIn(path, "quizzes")
                    || YamlMap.isYamlIn(path, "activities");
            if (!known) {
                problems.add(Problem.warning(path, 0, "Kring does not use this file",
                        "lessons go in lessons/*.md, quizzes in quizzes/*.yaml, activities in activities/*.yaml, images in media/"));
            }
        }
    }

    /**
     * Reads only {@code course.yaml}, without checking it against this platform's API version: for packaging
     * as-is (the deliberately faulty test plugins), where lessons and compatibility are not checked.
     */
    public CourseDescriptor readDescriptor(CourseFiles files) throws IOException, InvalidCourseException {
        List<Problem> problems = new ArrayList<>();
        CourseDescriptor descriptor = readDescriptor(files, problems, false,
                competences.extendedWith(ownCompetences(files, problems)));
        if (!problems.isEmpty() || descriptor == null) {
            throw new InvalidCourseException(files.origin(), problems);
        }
        return descriptor;
    }

    /** The competences the course adds in {@code competences.yaml}, if it has one. */
    private List<Competence> ownCompetences(CourseFiles files, List<Problem> problems) throws IOException {
        Optional<byte[]> yaml = files.read(COMPETENCES_FILE);
        return yaml.isEmpty() ? List.of() : CompetenceFramework.readExtension(COMPETENCES_FILE,
                new String(yaml.get(), StandardCharsets.UTF_8), competences, problems);
    }

    private CourseDescriptor readDescriptor(CourseFiles files, List<Problem> problems, boolean forThisPlatform,
                                            CompetenceFramework competences) throws IOException {
        Optional<byte[]> courseYaml = files.read(COURSE_FILE);
        if (courseYaml.isEmpty()) {
            problems.add(new Problem(COURSE_FILE, 0, "no course.yaml found",
                    "every course folder starts with a course.yaml; see docs/authoring.md"));
            return null;
        }
        return readDescriptor(new String(courseYaml.get(), StandardCharsets.UTF_8), problems, forThisPlatform, competences);
    }

    private CourseDescriptor readDescriptor(String yaml, List<Problem> problems, boolean forThisPlatform,
                                            CompetenceFramework competences) {
        Optional<YamlMap> parsed = YamlMap.parse(COURSE_FILE, yaml, 0, problems);
        if (parsed.isEmpty()) {
            return null;
        }
        YamlMap root = parsed.get();
        root.rejectUnknownKeys(COURSE_KEYS);
        String id = root.requiredString("id", "a lowercase slug such as naasten-betrekken");
        if (!id.isEmpty() && !Ids.SLUG.matcher(id).matches()) {
            problems.add(new Problem(COURSE_FILE, root.lineOf("id"), "id '" + id + "' is not a slug",
                    "use lowercase letters, digits and '-', e.g. naasten-betrekken"));
        }
        String version = root.requiredString("version", "a semantic version such as 1.0.0");
        if (!version.isEmpty() && !VERSION.matcher(version).matches()) {
            problems.add(new Problem(COURSE_FILE, root.lineOf("version"), "version '" + version + "' is not MAJOR.MINOR.PATCH",
                    "e.g. 1.2.0"));
        }
        String requires = root.string("requires").orElse("*");
        if (forThisPlatform) {
            checkRequires(requires, root.lineOf("requires"), problems);
        }
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
                root.decimal("accreditationPoints", 0), sources, modules, dependencies(root, problems));
    }

    /** {@code dependencies: {activity-roleplay: ">=1.0.0"}}: plugins the course needs, with a version range. */
    private static Map<String, String> dependencies(YamlMap root, List<Problem> problems) {
        Map<String, String> dependencies = new java.util.LinkedHashMap<>();
        root.map("dependencies").ifPresent(map -> {
            for (String pluginId : map.keys()) {
                String range = map.string(pluginId).orElse("*");
                if (!Ids.SLUG.matcher(pluginId).matches()) {
                    problems.add(new Problem(COURSE_FILE, map.lineOf(pluginId), "'" + pluginId + "' is not a plugin id",
                            "e.g. activity-roleplay: \">=1.0.0\""));
                    continue;
                }
                try {
                    if (!range.equals("*")) {
                        VERSIONS.checkVersionConstraint("1.0.0", range);
                    }
                    dependencies.put(pluginId, range.isBlank() ? "*" : range);
                } catch (RuntimeException e) {
                    problems.add(new Problem(COURSE_FILE, map.lineOf(pluginId), "'" + range + "' is not a version range",
                            "e.g. \">=1.0.0\""));
                }
            }
        });
        return dependencies;
    }

    private void checkRequires(String requires, int line, List<Problem> problems) {
        try {
            if (!requires.equals("*") && !VERSIONS.checkVersionConstraint(platformVersion, requires)) {
                problems.add(new Problem(COURSE_FILE, line, "requires '" + requires + "' but this Kring offers plugin API "
                        + platformVersion, "widen the range, e.g. \">=1.0.0 & <2.0.0\", or wait for a newer Kring"));
            }
        } catch (RuntimeException e) {
            problems.add(new Problem(COURSE_FILE, line, "requires '" + requires + "' is not a version range",
                    "e.g. \">=1.0.0\" or \">=1.0.0 & <2.0.0\""));
        }
    }
}
