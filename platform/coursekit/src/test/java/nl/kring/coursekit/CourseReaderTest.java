package nl.kring.coursekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseReaderTest {

    /** The bundled courses use the worksheet and role-play activity types, which ship with the build. */
    static final java.util.Set<String> BUNDLED_ACTIVITY_TYPES = java.util.Set.of("worksheet", "role-play", "genogram-read", "genogram-build");
    private final CourseReader reader = new CourseReader(CompetenceFramework.standard(), BUNDLED_ACTIVITY_TYPES,
            nl.kring.api.KringApi.VERSION);

    @TempDir
    Path folder;

    @Test
    void readsTheBundledCourseCompletely() throws Exception {
        CoursePackage course = reader.read(new DirectoryCourseFiles(contentRoot().resolve("naasten-betrekken")));

        assertThat(course.descriptor().id()).isEqualTo("naasten-betrekken");
        assertThat(course.descriptor().pluginId()).isEqualTo("course-naasten-betrekken");
        assertThat(course.descriptor().languages()).containsExactly("nl", "en");
        assertThat(course.lessons()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(course.lessons()).allSatisfy(lesson -> {
            assertThat(lesson.texts()).containsKeys("nl", "en");
            assertThat(lesson.text("nl", "nl").markdown()).isNotBlank();
        });
        assertThat(course.descriptor().sources()).isNotEmpty();
        assertThat(course.activities()).extracting(Activity::type).containsOnly("worksheet", "role-play", "genogram-read", "genogram-build");
    }

    @Test
    void readsAMinimalCourseWithModulesAndLessonsInOrder() throws Exception {
        writeCourse("""
                id: demo
                version: 1.2.0
                languages: [nl, en]
                title: {nl: Titel, en: Title}
                summary: {nl: Samenvatting, en: Summary}
                competences: [genogram]
                modules:
                  - id: m1
                    title: {nl: Een, en: One}
                """);
        lesson("02-b", "nl", "b", "m1", 2);
        lesson("02-b", "en", "b", "m1", 2);
        lesson("01-a", "nl", "a", "m1", 1);
        lesson("01-a", "en", "a", "m1", 1);

        CoursePackage course = reader.read(new DirectoryCourseFiles(folder));

        assertThat(course.lessons()).extracting(Lesson::id).containsExactly("a", "b");
        assertThat(course.lesson("b").orElseThrow().text("en", "nl").title()).isEqualTo("Title b en");
        assertThat(course.descriptor().title().in("en", "nl")).isEqualTo("Title");
        assertThat(course.descriptor().requires()).isEqualTo("*");
    }

    @Test
    void reportsEveryProblemWithFileAndLine() throws Exception {
        writeCourse("""
                id: Demo Course
                version: one
                languages: [nl, en]
                title: {nl: Titel}
                summary: {nl: Samenvatting, en: Summary}
                competences: [juggling]
                colour: blue
                modules:
                  - id: m1
                    title: {nl: Een, en: One}
                """);
        lesson("01-a", "nl", "a", "elsewhere", 1);

        assertThatThrownBy(() -> reader.read(new DirectoryCourseFiles(folder)))
                .isInstanceOf(InvalidCourseException.class)
                .satisfies(e -> assertThat(((InvalidCourseException) e).problems()).extracting(Problem::toString)
                        .anySatisfy(p -> assertThat(p).startsWith("course.yaml:1: id 'Demo Course' is not a slug"))
                        .anySatisfy(p -> assertThat(p).startsWith("course.yaml:2: version 'one'"))
                        .anySatisfy(p -> assertThat(p).startsWith("course.yaml:4: 'title' has no text for language 'en'"))
                        .anySatisfy(p -> assertThat(p).startsWith("course.yaml:6: unknown competence 'juggling'"))
                        .anySatisfy(p -> assertThat(p).startsWith("course.yaml:7: unknown key 'colour'"))
                        .anySatisfy(p -> assertThat(p).startsWith("lessons/01-a.nl.md:4: unknown module 'elsewhere'")));
    }

    @Test
    void reportsYamlSyntaxErrorsInFrontMatterAtTheirLine() throws Exception {
        writeCourse("""
                id: demo
                version: 1.0.0
                languages: [nl]
                title: {nl: Titel}
                summary: {nl: Samenvatting}
                modules:
                  - id: m1
                    title: {nl: Een}
                """);
        Files.createDirectories(folder.resolve("lessons"));
        Files.writeString(folder.resolve("lessons/01-a.nl.md"), "---\nid: a\ntitle: \"open\nmodule: m1\n---\nText\n");

        assertThatThrownBy(() -> reader.read(new DirectoryCourseFiles(folder)))
                .isInstanceOf(InvalidCourseException.class)
                .satisfies(e -> assertThat(((InvalidCourseException) e).problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.file()).isEqualTo("lessons/01-a.nl.md");
                            assertThat(p.message()).startsWith("YAML syntax");
                            assertThat(p.line()).isBetween(3, 5);
                        }));
    }

    @Test
    void reportsAMissingTranslationOfALesson() throws Exception {
        writeCourse("""
                id: demo
                version: 1.0.0
                languages: [nl, en]
                title: {nl: Titel, en: Title}
                summary: {nl: Samenvatting, en: Summary}
                modules:
                  - id: m1
                    title: {nl: Een, en: One}
                """);
        lesson("01-a", "nl", "a", "m1", 1);

        assertThatThrownBy(() -> reader.read(new DirectoryCourseFiles(folder)))
                .isInstanceOf(InvalidCourseException.class)
                .hasMessageContaining("lesson 'a' has no 'en' version")
                .hasMessageContaining("add lessons/01-a.en.md");
    }

    @Test
    void aFolderWithoutCourseYamlSaysWhatIsMissing() {
        assertThatThrownBy(() -> reader.read(new DirectoryCourseFiles(folder)))
                .isInstanceOf(InvalidCourseException.class)
                .hasMessageContaining("no course.yaml found");
    }

    private void writeCourse(String yaml) throws IOException {
        Files.writeString(folder.resolve("course.yaml"), yaml);
    }

    private void lesson(String name, String language, String id, String module, int order) throws IOException {
        Files.createDirectories(folder.resolve("lessons"));
        String title = (language.equals("nl") ? "Titel " : "Title ") + id + " " + language;
        Files.writeString(folder.resolve("lessons/" + name + "." + language + ".md"), """
                ---
                id: %s
                title: "%s"
                module: %s
                order: %d
                ---
                Some *text*.
                """.formatted(id, title, module, order));
    }

    /** The course folders under content/ (those with a course.yaml), in name order. */
    static java.util.List<Path> bundledCourses() throws IOException {
        try (java.util.stream.Stream<Path> children = Files.list(contentRoot())) {
            return children.filter(folder -> Files.isRegularFile(folder.resolve(CourseReader.COURSE_FILE))).sorted().toList();
        }
    }

    static Path contentRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("content"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("content/ not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("content");
    }
}
