package nl.kring.coursekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.networknt.schema.JsonSchemaFactory;
import nl.kring.api.question.QuestionGrade;
import nl.kring.api.question.QuestionInput;
import nl.kring.api.question.QuestionSource;
import nl.kring.coursekit.question.QuestionTypes;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import-gift} end to end: the sample Moodle export ({@code src/test/resources/gift/moodle-export.gift}, see its
 * top comment for its origin) written into a course that {@link CourseReader} then reads without problems.
 */
class GiftImportCommandTest {

    private static final String COURSE_YAML = """
            id: uit-moodle
            version: 1.0.0
            requires: ">=1.0.0"
            languages: [nl]
            title: {nl: Uit Moodle}
            summary: {nl: Vragen uit een Moodle-vragenbank.}
            competences: [network-involvement]
            modules:
              - id: m1
                title: {nl: Een}
            """;

    @TempDir
    Path course;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... arguments) throws Exception {
        return Lint.run(arguments, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String sample() throws URISyntaxException {
        return Path.of(GiftImportCommandTest.class.getResource("/gift/moodle-export.gift").toURI()).toString();
    }

    private Path quiz() {
        return course.resolve("quizzes/moodle.yaml");
    }

    private void writeCourse(String courseYaml) throws Exception {
        Files.writeString(course.resolve("course.yaml"), courseYaml);
        Files.createDirectories(course.resolve("lessons"));
        Files.writeString(course.resolve("lessons/01-intro.nl.md"), CourseFixture.lesson("intro", "Inleiding", 1));
        if (courseYaml.contains("languages: [nl, en]")) {
            Files.writeString(course.resolve("lessons/01-intro.en.md"), CourseFixture.lesson("intro", "Introduction", 1));
        }
    }

    @Test
    void theSampleBecomesAQuizTheCourseReaderReadsWithoutProblemsAndGradesAsMoodleDid() throws Exception {
        writeCourse(COURSE_YAML);

        int exit = run("import-gift", sample(), "--out", quiz().toString(), "--module", "m1", "--title", "Uit Moodle");

        assertThat(exit).as(out() + err()).isZero();
        CourseCheck check = new CourseReader(CompetenceFramework.standard()).check(new DirectoryCourseFiles(course));
        assertThat(check.problems()).isEmpty();
        Quiz quiz = check.course().orElseThrow().quizzes().get(0);
        assertThat(quiz.id()).isEqualTo("moodle");
        assertThat(quiz.module()).isEqualTo("m1");
        assertThat(quiz.title().in("nl", "nl")).isEqualTo("Uit Moodle");
        Map<String, QuizItem> items = quiz.items().stream().collect(Collectors.toMap(QuizItem::id, Function.identity()));
        assertThat(items).hasSize(12);

        assertThat(items.get("steun-tijdens-behandeling").type()).isEqualTo("single-choice");
        assertThat(grade(quiz, "steun-tijdens-behandeling").rightResponse()).containsExactly("a");
        assertThat(items.get("steun-tijdens-behandeling").explanation().in("nl", "nl")).startsWith("Steun speelt");
        assertThat(items.get("stressbronnen").type()).isEqualTo("multiple-response");
        assertThat(grade(quiz, "stressbronnen").rightResponse()).containsExactly("a", "b");
        assertThat(grade(quiz, "twee-tempos").rightResponse()).containsExactly("true");
        assertThat(grade(quiz, "oorzaak").rightResponse()).containsExactly("false");
        assertThat(grade(quiz, "afronding-netwerkinterventie").rightAnswerText()).isEqualTo("51 (± 1)");
        assertThat(grade(quiz, "bereik").rightAnswerText()).isEqualTo("3 (± 2)");
        assertThat(grade(quiz, "naam-van-de-methode").rightAnswerText()).isEqualTo("5-stappenmethode / vijfstappenmethode");
        assertThat(((QuestionInput.Match) render(quiz, "rollen-koppelen")).answers()).extracting(QuestionInput.Option::label)
                .containsExactly("Steunt de behandeling", "Krijgt zelf zorg", "Denkt mee over het plan");

        assertThat(grade(quiz, "afronding-netwerkinterventie", "51,8").correct()).isTrue();
        assertThat(grade(quiz, "afronding-netwerkinterventie", "53").correct()).isFalse();
        assertThat(grade(quiz, "bereik", "5").correct()).isTrue();
        assertThat(grade(quiz, "naam-van-de-methode", "Vijfstappenmethode").correct()).isTrue();
        assertThat(grade(quiz, "stressbronnen", "a").score()).isEqualTo(0.5);
    }

    private static QuestionSource source(Quiz quiz, String itemId) {
        QuizLeaf leaf = quiz.leaves().stream().filter(l -> l.id().equals(itemId)).findFirst().orElseThrow();
        return new QuestionSource("gift", "1.0.0", quiz.id(), itemId, leaf.item().yaml(), List.of("nl"));
    }

    private static QuestionGrade grade(Quiz quiz, String itemId, String... answer) {
        QuizItem item = quiz.items().stream().filter(i -> i.id().equals(itemId)).findFirst().orElseThrow();
        return QuestionTypes.builtIn(item.type()).orElseThrow().grade(source(quiz, itemId), List.of(answer), "nl");
    }

    private static QuestionInput render(Quiz quiz, String itemId) {
        QuizItem item = quiz.items().stream().filter(i -> i.id().equals(itemId)).findFirst().orElseThrow();
        return QuestionTypes.builtIn(item.type()).orElseThrow().render(source(quiz, itemId), "nl");
    }

    @Test
    void theWrittenQuizFollowsTheQuizSchema() throws Exception {
        writeCourse(COURSE_YAML);
        assertThat(run("import-gift", sample(), "--out", quiz().toString(), "--module", "m1")).isZero();

        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(getClass().getResourceAsStream("/nl/kring/api/schema/quiz.schema.json"));
        assertThat(schema.validate(SchemaTest.toJson(Files.readString(quiz())))).isEmpty();
    }

    @Test
    void reportsTheSummaryTheApproximationsAndWhatIsLeftToDo() throws Exception {
        writeCourse(COURSE_YAML.replace("languages: [nl]", "languages: [nl, en]")
                .replace("{nl: Uit Moodle}", "{nl: Uit Moodle, en: From Moodle}")
                .replace("{nl: Vragen uit een Moodle-vragenbank.}", "{nl: Vragen., en: Questions.}")
                .replace("{nl: Een}", "{nl: Een, en: One}"));

        assertThat(run("import-gift", sample(), "--out", quiz().toString())).isZero();

        String gift = sample();
        assertThat(out()).startsWith(gift + ": 12 items imported, 2 skipped: line 69: essay questions are not supported");
        assertThat(out()).contains(gift + ":22: approximated: Moodle's answer weights ('Geldproblemen' 50%,",
                gift + ":11: ignored: category '$course$/top/Naasten betrekken'",
                "wrote " + quiz(),
                "  - every text is in 'nl' only: add en to each",
                "  - set module: in " + quiz() + " to one of the modules in course.yaml: m1",
                "  - run: lint " + course.toAbsolutePath().normalize() + " (it lists every text and key still missing)");
        assertThat(Files.readString(quiz())).contains("module: \"\"    # fill in a module id from course.yaml");

        out.reset();
        assertThat(run("lint", course.toString())).isEqualTo(1);
        assertThat(out()).startsWith("quizzes/moodle.yaml:6: 'title' has no text for language 'en' (add en: ... under title)\n"
                + "quizzes/moodle.yaml:8: missing 'module' (one of the module ids in course.yaml)\n"
                + "quizzes/moodle.yaml:15: 'text' has no text for language 'en' (add en: ... under text)\n");
    }

    @Test
    void refusesToOverwriteAnExistingQuizWithoutForce() throws Exception {
        Path quiz = quiz();
        Files.createDirectories(quiz.getParent());
        Files.writeString(quiz, "id: hand-written\n");

        assertThat(run("import-gift", sample(), "--out", quiz.toString())).isEqualTo(2);
        assertThat(err()).isEqualTo(quiz + " exists; add --force to overwrite it\n");
        assertThat(Files.readString(quiz)).isEqualTo("id: hand-written\n");
        assertThat(out()).isEmpty();

        assertThat(run("import-gift", sample(), "--out", quiz.toString(), "--force")).isZero();
        assertThat(Files.readString(quiz)).contains("id: moodle\n", "  - id: steun-tijdens-behandeling\n");
    }

    @Test
    void nothingImportableOrAnUnreadableFileExitsWithOneAndWritesNothing() throws Exception {
        Path essays = Files.writeString(course.resolve("essays.gift"), "// only essays\n::E1::Tell us.{}\n\n::E2::And more.{}\n");

        assertThat(run("import-gift", essays.toString(), "--out", quiz().toString())).isEqualTo(1);
        assertThat(out()).contains(essays + ": 0 items imported, 2 skipped: line 2: essay questions are not supported",
                essays + ": no question could be imported; nothing written");
        assertThat(quiz()).doesNotExist();

        Path latin1 = Files.write(course.resolve("latin1.gift"), "Caf\u00e9?{T}".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run("import-gift", latin1.toString(), "--out", quiz().toString())).isEqualTo(1);
        assertThat(err()).contains(latin1 + ": not UTF-8 text; save the file as UTF-8");

        assertThat(run("import-gift", course.resolve("missing.gift").toString(), "--out", quiz().toString())).isEqualTo(1);
        assertThat(err()).contains(course.resolve("missing.gift") + ": no such file");
        assertThat(quiz()).doesNotExist();
    }

    @Test
    void wrongUsageExitsWithTwo() throws Exception {
        String gift = sample();
        assertThat(run("import-gift", gift)).isEqualTo(2);
        assertThat(err()).contains("--out is required", "usage: import-gift <file.gift> --out");
        assertThat(run("import-gift", "--out", quiz().toString())).isEqualTo(2);
        assertThat(run("import-gift", gift, "--out", course.resolve("quizzes/moodle.yml").toString())).isEqualTo(2);
        assertThat(run("import-gift", gift, "--out", quiz().toString(), "--id", "Mijn Toets")).isEqualTo(2);
        assertThat(run("import-gift", gift, "--out", quiz().toString(), "--language", "Nederlands")).isEqualTo(2);
        assertThat(run("import-gift", gift, "--out", quiz().toString(), "--shuffle")).isEqualTo(2);
        assertThat(run("import-gift", gift, "--out", quiz().toString(), "--title")).isEqualTo(2);
        assertThat(err()).contains("unknown option --shuffle", "--title needs a value",
                "--id and --module take slugs", "--language takes a language code such as nl or en, not 'Nederlands'");
        assertThat(quiz()).doesNotExist();
    }

    @Test
    void theLanguageIdAndTitleOptionsAreUsed() throws Exception {
        Path quiz = course.resolve("out/quiz.yaml");

        assertThat(run("import-gift", sample(), "--out", quiz.toString(), "--language", "en", "--id", "from-moodle",
                "--title", "From \"Moodle\"")).isZero();

        String yaml = Files.readString(quiz);
        assertThat(yaml).contains("\nid: from-moodle\ntitle:\n  en: \"From \\\"Moodle\\\"\"\n",
                "    text:\n      en: \"Wat laat onderzoek zien");
        assertThat(out()).contains("  - every text is in 'en' only: add the course's other languages",
                "  - set module: in " + quiz + " to a module id from course.yaml", "  - run: lint <course-folder>");
    }
}
