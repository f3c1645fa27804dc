package nl.kring.coursekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The JSON Schemas in the API jar ({@code /nl/kring/api/schema/}) describe what the readers accept: the real course
 * and the test fixture validate, typical slips do not, and the enums follow the competence framework and item types.
 */
class SchemaTest {

    private static final String SCHEMAS = "/nl/kring/api/schema/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    static final String ACTIVITY = """
            id: rollenspel-intake
            type: role-play
            title: {nl: "Rollenspel: de intake", en: "Role-play: the intake"}
            module: in-de-praktijk
            order: 5
            competences: {network-involvement: 2, network-conversation: 1}
            # everything below belongs to the role-play plugin
            scenario:
              nl: Een moeder belt omdat haar zoon niet meer naar de afspraken komt.
              en: A mother calls because her son no longer attends his appointments.
            roles: [counsellor, mother]
            minutes: 20
            """;

    @Test
    void theRealCourseIsValid() throws IOException {
        Path course = CourseReaderTest.contentRoot().resolve("naasten-betrekken");
        assertValid("course", Files.readString(course.resolve("course.yaml")));

        List<Path> lessons;
        try (Stream<Path> files = Files.list(course.resolve("lessons"))) {
            lessons = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(lessons).isNotEmpty();
        for (Path lesson : lessons) {
            assertValid("lesson", frontMatter(Files.readString(lesson)));
        }
    }

    @Test
    void theFixtureIsValid() {
        assertValid("course", CourseFixture.COURSE_YAML);
        assertValid("lesson", frontMatter(CourseFixture.LESSON_NL));
        assertValid("lesson", frontMatter(CourseFixture.lesson("meer", "Meer", 2)));
        assertValid("quiz", CourseFixture.QUIZ);
        assertValid("quiz", GraderTest.QUIZ);
    }

    @Test
    void anActivityWithPluginKeysIsValid() {
        assertValid("activity", ACTIVITY);
        assertValid("activity", "id: a\ntype: genogram\ntitle: {nl: A, en: A}\nmodule: m1\n");
    }

    @Test
    void aFullQuizIsValid() {
        assertValid("quiz", """
                id: toets-waarom
                title: {nl: Toets, en: Quiz}
                module: waarom
                order: 5
                passMark: 80
                items:
                  - id: bronnen
                    type: multiple-response
                    competences: {social-support: 1, family-wellbeing: 2}
                    text: {nl: "Welke?", en: "Which?"}
                    explanation: {nl: Omdat., en: Because.}
                    options:
                      - {id: a, text: {nl: A, en: A}, correct: true, feedback: {nl: Goed., en: Right.}}
                      - {id: b, text: {nl: B, en: B}, correct: true}
                      - {id: c, text: {nl: C, en: C}, correct: false}
                  - id: stelling
                    type: true-false
                    answer: true
                    options: []
                    text: {nl: "Klopt dit?", en: "Is this right?"}
                """);
    }

    @Test
    void typicalSlipsAreInvalid() {
        assertInvalid("course", CourseFixture.COURSE_YAML + "titel: {nl: Typo, en: Typo}\n", "titel");
        assertInvalid("course", CourseFixture.COURSE_YAML.replace("[network-involvement]", "[juggling]"), "competences");
        assertInvalid("course", CourseFixture.COURSE_YAML.replace("version: 1.0.0", "version: \"1.0\""), "version");
        assertInvalid("course", CourseFixture.COURSE_YAML.replace("title: {nl: Titel, en: Title}", "title: {nl: Titel, english: Title}"),
                "english");

        assertInvalid("lesson", frontMatter(CourseFixture.LESSON_NL).replace("id: intro\n", ""), "id");
        assertInvalid("lesson", frontMatter(CourseFixture.LESSON_NL).replace("id: intro", "id: Intro Les"), "id");
        assertInvalid("lesson", frontMatter(CourseFixture.LESSON_NL) + "competences: {craft: 1}\n", "competences");
        assertInvalid("lesson", frontMatter(CourseFixture.LESSON_NL).replace("order: 1\n", ""), "order");

        assertInvalid("quiz", CourseFixture.QUIZ.replace("type: single-choice", "type: open question"), "type");
        assertInvalid("quiz", GraderTest.QUIZ.replace("    tolerance: 0.5", "    tolerance: -1"), "tolerance");
        assertInvalid("quiz", GraderTest.QUIZ.replace("    answer: 51", "    answer: veel"), "answer");
        assertInvalid("quiz", CourseFixture.QUIZ.replace("{network-involvement: 1}", "{juggling: 1}"), "juggling");
        assertInvalid("quiz", CourseFixture.QUIZ.replace("{network-involvement: 1}", "{network-involvement: 5}"),
                "network-involvement");
        assertInvalid("quiz", CourseFixture.QUIZ.replace("    answer: false\n", ""), "answer");
        assertInvalid("quiz", CourseFixture.QUIZ.replace("    text: {nl: Nee, en: No}\n",
                "    text: {nl: Nee, en: No}\n        correct: true\n"), "options");
        assertInvalid("quiz", CourseFixture.QUIZ.replace("correct: true", "correct: false"), "options");
        assertInvalid("quiz", CourseFixture.QUIZ.replace("correct: true", "korrekt: true"), "korrekt");
        assertInvalid("quiz", CourseFixture.QUIZ.replace("    answer: false\n",
                "    answer: false\n    hint: {nl: Tip, en: Tip}\n"), "hint");

        assertInvalid("activity", ACTIVITY.replace("type: role-play\n", ""), "type");
        assertInvalid("activity", ACTIVITY.replace("network-conversation: 1", "juggling: 1"), "juggling");
    }

    @Test
    void competenceEnumsFollowTheFramework() {
        Set<String> framework = new TreeSet<>(CompetenceFramework.standard().all().stream().map(Competence::id).toList());

        assertThat(strings(schemaJson("course").at("/$defs/competenceId/enum"))).isEqualTo(framework);
        for (String schema : List.of("quiz", "activity")) {
            assertThat(new TreeSet<>(fieldNames(schemaJson(schema).at("/$defs/competenceLevels/properties"))))
                    .as(schema).isEqualTo(framework);
        }
    }

    @Test
    void itemTypesFollowTheQuizReader() {
        Set<String> types = new TreeSet<>(List.of("case", "pool"));
        nl.kring.coursekit.question.QuestionTypes.builtIn().forEach(type -> types.add(type.type()));
        assertThat(strings(schemaJson("quiz").at("/$defs/item/properties/type/anyOf/0/enum"))).isEqualTo(types);
    }

    @Test
    void theSchemasAreValidDraft202012Schemas() {
        JsonSchema metaSchema = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (String name : List.of("course", "lesson", "quiz", "activity")) {
            assertThat(metaSchema.validate(schemaJson(name))).as(name).isEmpty();
        }
    }

    @Test
    void everyPropertyHasATitleAndADescription() {
        for (String name : List.of("course", "lesson", "quiz", "activity")) {
            JsonNode schema = schemaJson(name);
            assertThat(schema.at("/$id").asText()).isEqualTo("https://kring.nl/schema/" + name + ".schema.json");
            assertThat(schema.has("title") && schema.has("description")).as(name).isTrue();
            List<String> missing = new ArrayList<>();
            collectUndocumented(schema, "", missing);
            assertThat(missing).as(name + ": properties without title or description").isEmpty();
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    private static void assertValid(String schema, String yaml) {
        assertThat(validate(schema, yaml)).as("%s should be valid:%n%s", schema, yaml).isEmpty();
    }

    private static void assertInvalid(String schema, String yaml, String mentioned) {
        Set<ValidationMessage> messages = validate(schema, yaml);
        assertThat(messages).as("%s should be invalid:%n%s", schema, yaml).isNotEmpty();
        assertThat(messages.stream().map(ValidationMessage::getMessage).toList())
                .as("%s: messages for%n%s", schema, yaml)
                .anySatisfy(message -> assertThat(message).contains(mentioned));
    }

    private static Set<ValidationMessage> validate(String schema, String yaml) {
        JsonSchema jsonSchema;
        try (InputStream in = schemaStream(schema)) {
            jsonSchema = FACTORY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jsonSchema.validate(toJson(yaml));
    }

    private static InputStream schemaStream(String name) {
        InputStream in = SchemaTest.class.getResourceAsStream(SCHEMAS + name + ".schema.json");
        assertThat(in).as("schema %s on the classpath", name).isNotNull();
        return in;
    }

    private static JsonNode schemaJson(String name) {
        try (InputStream in = schemaStream(name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * YAML as an editor sees it: YAML 1.2 scalars, so {@code Yes} and {@code No} stay text (as they do for the
     * readers, which take every scalar as written) while {@code 1} is a number and {@code true} a boolean.
     */
    static JsonNode toJson(String yaml) {
        Object tree = new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(new DumperOptions()),
                new DumperOptions(), new LoaderOptions(), new Yaml12Resolver()).load(yaml);
        return JSON.valueToTree(tree);
    }

    /** The text between the first two {@code ---} lines, as {@link FrontMatter} splits it. */
    static String frontMatter(String markdown) {
        FrontMatter front = FrontMatter.split(markdown);
        assertThat(front).as("front matter in%n%s", markdown).isNotNull();
        return front.yaml();
    }

    /** Subschemas that only add checks to properties documented elsewhere. */
    private static final Set<String> VALIDATION_ONLY = Set.of("allOf", "anyOf", "oneOf", "not", "if", "then", "else", "contains");

    private static void collectUndocumented(JsonNode node, String path, List<String> missing) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                for (String name : fieldNames(properties)) {
                    JsonNode property = properties.get(name);
                    if (!property.has("title") || !property.has("description")) {
                        missing.add(path + "/properties/" + name);
                    }
                }
            }
            for (String name : fieldNames(node)) {
                if (!VALIDATION_ONLY.contains(name)) {
                    collectUndocumented(node.get(name), path + "/" + name, missing);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectUndocumented(node.get(i), path + "/" + i, missing);
            }
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    /** The YAML 1.2 core schema's implicit types (true/false, null, integers, floats); everything else is a string. */
    private static final class Yaml12Resolver extends Resolver {

        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF");
            addImplicitResolver(Tag.INT, Pattern.compile("^[-+]?(?:0|[1-9][0-9]*)$"), "-+0123456789");
            addImplicitResolver(Tag.FLOAT, Pattern.compile("^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$"),
                    "-+.0123456789");
            addImplicitResolver(Tag.NULL, Pattern.compile("^(?:~|null|Null|NULL|)$"), "~nN\0");
            addImplicitResolver(Tag.NULL, Pattern.compile("^$"), null);
        }
    }
}
