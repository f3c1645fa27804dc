package nl.kring.coursekit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code lessons/<name>.<language>.md}: front matter, body, and one {@link Lesson} per id across languages. */
final class LessonReader {

    private static final Pattern LESSON_FILE = Pattern.compile("lessons/([^/]+)\\.([a-z]{2})\\.md");
    private static final Set<String> LESSON_KEYS = Set.of("id", "title", "module", "order", "minutes", "sources");
    private final CourseDescriptor course;
    private final List<Problem> problems;
    /** Lesson files that exist but could not be read; their problems are reported already. */
    private final Set<String> unreadable = new java.util.HashSet<>();

    LessonReader(CourseDescriptor course, List<Problem> problems) {
        this.course = course;
        this.problems = problems;
    }

    List<Lesson> read(CourseFiles files, List<String> paths) throws IOException {
        Map<String, Map<String, LessonFront>> byId = new TreeMap<>();
        for (String path : paths) {
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
            Optional<LessonFront> lesson = readLesson(path, language, text);
            if (lesson.isEmpty()) {
                unreadable.add(path);
            }
            lesson.ifPresent(front -> {
                Map<String, LessonFront> versions = byId.computeIfAbsent(front.id, k -> new LinkedHashMap<>());
                LessonFront twin = versions.putIfAbsent(language, front);
                if (twin != null) {
                    problems.add(new Problem(path, front.idLine, "lesson id '" + front.id + "' is also used by "
                            + twin.text.path(), "every lesson needs its own id"));
                }
            });
        }
        if (byId.isEmpty() && problems.stream().noneMatch(p -> p.file().startsWith("lessons/"))) {
            problems.add(new Problem("lessons/", 0, "the course has no lessons", "add lessons/01-intro.nl.md"));
        }
        List<Lesson> lessons = new ArrayList<>();
        for (Map.Entry<String, Map<String, LessonFront>> entry : byId.entrySet()) {
            lessons.add(merge(entry.getKey(), entry.getValue()));
        }
        return lessons;
    }

    private Lesson merge(String id, Map<String, LessonFront> versions) {
        LessonFront first = versions.values().iterator().next();
        for (String language : course.languages()) {
            String expected = first.text.path().replaceFirst("\\.[a-z]{2}\\.md$", "." + language + ".md");
            if (!versions.containsKey(language) && !unreadable.contains(expected)) {
                problems.add(new Problem(first.text.path(), 0, "lesson '" + id + "' has no '" + language + "' version",
                        "add " + expected));
            }
        }
        Map<String, LessonText> texts = new LinkedHashMap<>();
        for (LessonFront version : versions.values()) {
            if (!version.module.equals(first.module) || version.order != first.order) {
                problems.add(new Problem(version.text.path(), version.idLine, "module and order differ from "
                        + first.text.path(), "all language versions of a lesson share module and order"));
            }
            texts.put(version.text.language(), version.text);
        }
        return new Lesson(id, first.module, first.order, first.minutes, first.sources, texts);
    }

    private Optional<LessonFront> readLesson(String path, String language, String text) {
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
        String id = Ids.requireSlug(yaml, "id", "lesson", problems);
        String title = yaml.requiredString("title", null);
        String module = Ids.requireModule(yaml, course, problems);
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
        return Optional.of(new LessonFront(id, yaml.lineOf("id"), module, order, minutes, sources,
                new LessonText(language, title, front.body(), path, front.bodyFirstLine())));
    }

    private record LessonFront(String id, int idLine, String module, int order, int minutes, List<String> sources,
                               LessonText text) {
    }
}
