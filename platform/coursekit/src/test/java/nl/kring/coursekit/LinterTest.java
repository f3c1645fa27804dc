package nl.kring.coursekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.kring.api.KringApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One small broken fixture per rule; each asserts the exact {@code file:line: message} a trainer sees. */
class LinterTest {

    private final Linter linter = new Linter(new CourseReader(CompetenceFramework.standard(), Set.of("role-play"),
            KringApi.VERSION));

    @TempDir
    Path dir;

    private List<String> lint(CourseFixture course) throws Exception {
        return linter.lint(course.root(), Optional.empty()).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void theFixtureItselfIsClean() throws Exception {
        assertThat(lint(new CourseFixture(dir))).isEmpty();
    }

    @Test
    void yamlSyntax() throws Exception {
        CourseFixture course = new CourseFixture(dir).replace("course.yaml", "title: {nl: Titel, en: Title}",
                "title: {nl: Titel, en: Title");

        assertThat(lint(course)).singleElement().asString().startsWith("course.yaml:6: YAML syntax");
    }

    @Test
    void unknownKeys() throws Exception {
        CourseFixture course = new CourseFixture(dir).replace("lessons/01-intro.nl.md", "order: 1", "order: 1\nduration: 5");

        assertThat(lint(course)).containsExactly(
                "lessons/01-intro.nl.md:6: unknown key 'duration' (known keys are id, minutes, module, order, sources, title)");
    }

    @Test
    void missingTranslations() throws Exception {
        CourseFixture course = new CourseFixture(dir).write("lessons/03-extra.nl.md", CourseFixture.lesson("extra", "Extra", 3))
                .replace("course.yaml", "summary: {nl: Samenvatting, en: Summary}", "summary: {nl: Samenvatting}");

        assertThat(lint(course)).containsExactly(
                "course.yaml:6: 'summary' has no text for language 'en' (add en: ... under summary)",
                "lessons/03-extra.nl.md: lesson 'extra' has no 'en' version (add lessons/03-extra.en.md)");
    }

    @Test
    void duplicateIds() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .write("lessons/03-dubbel.nl.md", CourseFixture.lesson("meer", "Dubbel", 3))
                .replace("quizzes/toets.yaml", "id: toets", "id: intro")
                .replace("quizzes/toets.yaml", "id: oorzaak", "id: steun");

        assertThat(lint(course)).contains(
                "lessons/03-dubbel.nl.md:2: lesson id 'meer' is also used by lessons/02-meer.nl.md (every lesson needs its own id)",
                "quizzes/toets.yaml:16: item id 'steun' is used twice in this quiz (every item needs its own id)",
                "quizzes/toets.yaml: id 'intro' is also used by lessons/01-intro.en.md"
                        + " (lessons, quizzes and activities of a course each need their own id)");
    }

    @Test
    void changedIdsAgainstTheBaseline() throws Exception {
        Path baseline = Files.createDirectories(dir.resolve("v1"));
        new CourseFixture(baseline);
        CourseFixture next = new CourseFixture(Files.createDirectories(dir.resolve("v2")))
                .replace("course.yaml", "version: 1.0.0", "version: 1.1.0")
                .replace("lessons/02-meer.nl.md", "id: meer", "id: verder")
                .replace("lessons/02-meer.en.md", "id: meer", "id: verder");

        Linter.Report report = linter.lint(next.root(), Optional.of(baseline));

        assertThat(report.hasErrors()).isFalse();
        assertThat(report.problems()).extracting(Problem::toString).containsExactly(
                "course.yaml: warning: lesson id 'meer' existed in 1.0.0 and is gone"
                        + " (learners' progress on it stops counting; if you renamed it, put the old id back)");
        assertThat(report.diff().orElseThrow().changes()).extracting(Object::toString)
                .containsExactlyInAnyOrder("added lesson verder", "removed lesson meer");
    }

    @Test
    void theVersionMustGoUpAgainstTheBaseline() throws Exception {
        Path baseline = Files.createDirectories(dir.resolve("v1"));
        new CourseFixture(baseline);
        CourseFixture same = new CourseFixture(Files.createDirectories(dir.resolve("v2")));

        assertThat(linter.lint(same.root(), Optional.of(baseline)).problems()).extracting(Problem::toString)
                .containsExactly("course.yaml: version 1.0.0 is not higher than the baseline's 1.0.0 (raise version: for every release)");
    }

    @Test
    void brokenLinksAndImages() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .replace("lessons/01-intro.nl.md", "../media/netwerk.svg", "../media/netwerk.png")
                .replace("lessons/01-intro.en.md", "(02-meer.en.md)", "(../../secret.md)");

        assertThat(lint(course)).containsExactly(
                "lessons/01-intro.en.md:11: link '../../secret.md' points outside the course"
                        + " (keep media inside the course folder, e.g. ../media/picture.png)",
                "lessons/01-intro.nl.md:9: broken image: '../media/netwerk.png' — there is no media/netwerk.png"
                        + " (check the file name and the ../ (paths are relative to the lesson file))");
    }

    @Test
    void unusedMediaAndStrayFilesAreWarnings() throws Exception {
        CourseFixture course = new CourseFixture(dir).write("media/oud.png", "x").write("notes.txt", "todo");

        Linter.Report report = linter.lint(course.root(), Optional.empty());

        assertThat(report.hasErrors()).isFalse();
        assertThat(report.problems()).extracting(Problem::toString).containsExactly(
                "media/oud.png: warning: not used by any lesson (remove it, or link it from a lesson)",
                "notes.txt: warning: Kring does not use this file (lessons go in lessons/*.md, quizzes in quizzes/*.yaml,"
                        + " activities in activities/*.yaml, images in media/)");
    }

    @Test
    void quizItemsWithoutACorrectAnswer() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .replace("quizzes/toets.yaml", "\n        correct: true", "")
                .replace("quizzes/toets.yaml", "\n    answer: false", "");

        assertThat(lint(course)).containsExactly(
                "quizzes/toets.yaml:6: item 'steun' has 0 correct options; a single-choice item needs exactly one"
                        + " (mark the right option with correct: true)",
                "quizzes/toets.yaml:15: item 'oorzaak' has no answer (add answer: true or answer: false)");
    }

    @Test
    void aCourseMayAddCompetencesOfItsOwnAndMapItsItemsToThem() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .write("competences.yaml", """
                        competences:
                          - id: dual-diagnosis
                            title: {nl: Dubbele diagnose, en: Dual diagnosis}
                            description: {nl: "Verslaving en psychische aandoeningen samen.", en: "Addiction with mental illness."}
                        """)
                .replace("course.yaml", "competences: [network-involvement]", "competences: [network-involvement, dual-diagnosis]")
                .replace("quizzes/toets.yaml", "{network-involvement: 1}", "{dual-diagnosis: 2}");

        assertThat(lint(course)).isEmpty();
        CoursePackage read = new CourseReader(CompetenceFramework.standard()).read(new DirectoryCourseFiles(course.root()));
        assertThat(read.ownCompetences()).extracting(Competence::id).containsExactly("dual-diagnosis");
        assertThat(read.quizzes().get(0).items().get(0).competences()).containsEntry("dual-diagnosis", 2);
    }

    @Test
    void aCourseCannotRedefineTheFrameworksCompetences() throws Exception {
        CourseFixture course = new CourseFixture(dir).write("competences.yaml", """
                competences:
                  - id: craft
                    title: {nl: CRAFT, en: CRAFT}
                  - id: Dual
                    title: {nl: X, en: X}
                  - id: extra
                    title: {nl: Extra}
                """);

        assertThat(lint(course)).containsExactly(
                "competences.yaml:2: competence 'craft' is already in the Kring framework (use it in your items as it is;"
                        + " add only competences the framework does not have)",
                "competences.yaml:4: id 'Dual' is not a slug (e.g. dual-diagnosis)",
                "competences.yaml:6: missing 'description' (give a text per language, e.g. description: {nl: ..., en: ...})",
                "competences.yaml:7: 'title' has no text for language 'en' (add en: ... under title)");
    }

    @Test
    void unknownCompetences() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .replace("course.yaml", "competences: [network-involvement]", "competences: [network-involvment]")
                .replace("quizzes/toets.yaml", "{network-involvement: 1}", "{network-involvement: 5}");

        assertThat(lint(course)).hasSize(2).satisfiesExactly(
                p -> assertThat(p).startsWith("course.yaml:7: unknown competence 'network-involvment' (known competences: "),
                p -> assertThat(p).isEqualTo("quizzes/toets.yaml:8: competence level must be 1 to 4, not 5"
                        + " (1 knows, 2 knows how, 3 shows how, 4 does)"));
    }

    @Test
    void unknownActivityTypes() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .write("activities/gesprek.yaml", "id: gesprek\ntype: role-play\ntitle: {nl: Gesprek, en: Conversation}\nmodule: m1\n")
                .write("activities/kaart.yaml", "id: kaart\ntype: ecomap\ntitle: {nl: Kaart, en: Map}\nmodule: m1\n");

        assertThat(lint(course)).containsExactly(
                "activities/kaart.yaml:2: unknown activity type 'ecomap' (installed activity types: role-play)");
    }

    @Test
    void pluginRequiresThatThisPlatformCannotSatisfy() throws Exception {
        CourseFixture course = new CourseFixture(dir).replace("course.yaml", "requires: \">=1.0.0\"", "requires: \">=2.0.0\"");

        assertThat(lint(course)).containsExactly("course.yaml:3: requires '>=2.0.0' but this Kring offers plugin API "
                + KringApi.VERSION + " (widen the range, e.g. \">=1.0.0 & <2.0.0\", or wait for a newer Kring)");
    }

    @Test
    void aJarWhoseManifestDisagreesWithItsCourse() throws Exception {
        CourseFixture course = new CourseFixture(dir.resolve("src"));
        Path jar = new CoursePackager(new CourseReader(CompetenceFramework.standard()), true)
                .packageCourse(course.root(), dir.resolve("out"));
        course.replace("course.yaml", "version: 1.0.0", "version: 1.0.1");
        Path changedJar = dir.resolve("out/changed.jar");
        try (var out = Files.newOutputStream(changedJar)) {
            CourseDescriptor stale = new CourseReader(CompetenceFramework.standard()).readDescriptor(new JarCourseFiles(jar));
            CoursePackager.write(stale, new DirectoryCourseFiles(course.root()), out);
        }

        assertThat(linter.lint(jar, Optional.empty()).problems()).isEmpty();
        assertThat(linter.lint(changedJar, Optional.empty()).problems()).extracting(Problem::toString).containsExactly(
                "META-INF/MANIFEST.MF: Plugin-Version is '1.0.0' but course.yaml says '1.0.1' (rebuild the jar from the course folder)");
    }

    @Test
    void theCommandLinePrintsFileLineMessagesAndExitsNonZeroOnErrors() throws Exception {
        CourseFixture course = new CourseFixture(dir).replace("quizzes/toets.yaml", "\n        correct: true", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = Lint.run(new String[] {course.root().toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("quizzes/toets.yaml:6: item 'steun' has 0 correct options")
                .contains("1 error(s), 0 warning(s)");
        assertThat(Lint.run(new String[] {new CourseFixture(dir.resolve("ok")).root().toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()))).isZero();
        assertThat(Lint.run(new String[] {}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
    }

    @Test
    void theCommandLinePackagesACleanCourseAndRefusesABrokenOne() throws Exception {
        CourseFixture clean = new CourseFixture(dir.resolve("clean"));
        CourseFixture broken = new CourseFixture(dir.resolve("broken")).replace("quizzes/toets.yaml", "\n    answer: false", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());

        assertThat(Lint.run(new String[] {"package", clean.root().toString(), "--out", dir.resolve("out").toString()},
                print, quiet)).isZero();
        assertThat(dir.resolve("out/course-fixture-1.0.0.jar")).isRegularFile();
        assertThat(Lint.run(new String[] {"package", broken.root().toString(), "--out", dir.resolve("out2").toString()},
                print, quiet)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("quizzes/toets.yaml:16: item 'oorzaak' has no answer")
                .contains("nothing packaged");
        assertThat(dir.resolve("out2")).doesNotExist();
        assertThat(Lint.run(new String[] {"lint", clean.root().toString()}, print, quiet)).isZero();
    }

    @Test
    void pluginDependenciesGoIntoTheManifestAndMustBeValidRanges() throws Exception {
        CourseFixture course = new CourseFixture(dir.resolve("src")).replace("course.yaml", "modules:",
                "dependencies:\n  activity-roleplay: \">=1.0.0\"\nmodules:");
        Path jar = new CoursePackager(new CourseReader(CompetenceFramework.standard()), true)
                .packageCourse(course.root(), dir.resolve("out"));

        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            assertThat(file.getManifest().getMainAttributes().getValue("Plugin-Dependencies"))
                    .isEqualTo("activity-roleplay@>=1.0.0");
        }
        assertThat(linter.lint(jar, Optional.empty()).problems()).isEmpty();

        course.replace("course.yaml", "activity-roleplay: \">=1.0.0\"", "activity-roleplay: \"soon\"");
        assertThat(lint(course)).containsExactly("course.yaml:9: 'soon' is not a version range (e.g. \">=1.0.0\")");
    }

    @Test
    void newItemTypesNeedTheirKey() throws Exception {
        CourseFixture course = new CourseFixture(dir).write("quizzes/typen.yaml", """
                id: typen
                title: {nl: Typen, en: Types}
                module: m1
                items:
                  - id: koppel
                    type: matching
                    text: {nl: Koppel, en: Match}
                    pairs:
                      - {id: a, left: {nl: L, en: L}, right: {nl: R, en: R}}
                  - id: orden
                    type: ordering
                    text: {nl: Orden, en: Order}
                    steps:
                      - {id: a, text: {nl: A, en: A}}
                      - {id: a, text: {nl: B, en: B}}
                  - id: kort
                    type: short-answer
                    text: {nl: Kort, en: Short}
                    accept: {nl: [ja]}
                  - id: getal
                    type: numeric
                    text: {nl: Getal, en: Number}
                    lesson: onbekend
                    tolerance: -1
                  - id: casus
                    type: case
                    case: {nl: Casus, en: Case}
                    items:
                      - id: binnen
                        type: case
                        case: {nl: Nog een, en: Another}
                        items:
                          - {id: x, type: true-false, answer: true, text: {nl: X, en: X}}
                """);

        assertThat(lint(course)).containsExactlyInAnyOrder(
                "quizzes/typen.yaml:5: item 'koppel' needs at least two pairs (pairs: - {id: a, left: {…}, right: {…}})",
                "quizzes/typen.yaml:15: step id 'a' is used twice",
                "quizzes/typen.yaml:19: item 'kort' accepts no answer in 'en' (accept: {en: [answer, variant]})",
                "quizzes/typen.yaml:20: item 'getal' has no answer (add answer: 42 (and tolerance: 0.5))",
                "quizzes/typen.yaml:23: unknown lesson 'onbekend' (lesson: takes the id from a lesson's front matter)",
                "quizzes/typen.yaml:24: tolerance cannot be negative",
                "quizzes/typen.yaml:29: item 'binnen': a case cannot contain another case");
    }

    @Test
    void quizSettingsAreChecked() throws Exception {
        CourseFixture course = new CourseFixture(dir)
                .replace("quizzes/toets.yaml", "order: 3", "order: 3\nattempts: -1\nfeedback: at-once")
                .write("quizzes/later.yaml", "id: later\ntitle: {nl: L, en: L}\nmodule: m1\nfeedback: after-last-attempt\n"
                        + "items:\n  - {id: w, type: true-false, answer: true, text: {nl: W, en: W}}\n");

        assertThat(lint(course)).containsExactlyInAnyOrder(
                "quizzes/toets.yaml:5: attempts cannot be negative (leave it out for unlimited attempts)",
                "quizzes/toets.yaml:6: feedback: 'at-once' is not known (use immediately, after-submit or after-last-attempt)",
                "quizzes/later.yaml:4: feedback after the last attempt needs a number of attempts"
                        + " (add attempts: 2 (or use feedback: after-submit))");
    }
}
