package nl.kring.coursekit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small valid course in a temporary folder — two languages, one module, a lesson with an image, a quiz —
 * that each linter test breaks in exactly one way.
 */
final class CourseFixture {

    static final String COURSE_YAML = """
            id: fixture
            version: 1.0.0
            requires: ">=1.0.0"
            languages: [nl, en]
            title: {nl: Titel, en: Title}
            summary: {nl: Samenvatting, en: Summary}
            competences: [network-involvement]
            modules:
              - id: m1
                title: {nl: Een, en: One}
            """;

    static final String LESSON_NL = """
            ---
            id: intro
            title: "Inleiding"
            module: m1
            order: 1
            ---
            Tekst met een plaatje:

            ![Netwerk](../media/netwerk.svg)

            En een [volgende les](02-meer.nl.md).
            """;

    static final String QUIZ = """
            id: toets
            title: {nl: Toets, en: Quiz}
            module: m1
            order: 3
            items:
              - id: steun
                type: single-choice
                competences: {network-involvement: 1}
                text: {nl: "Vraag?", en: "Question?"}
                options:
                  - id: a
                    text: {nl: Ja, en: Yes}
                    correct: true
                  - id: b
                    text: {nl: Nee, en: No}
              - id: oorzaak
                type: true-false
                answer: false
                text: {nl: Naasten zijn de oorzaak., en: Significant others are the cause.}
            """;

    private final Path root;

    CourseFixture(Path root) {
        this.root = root;
        write("course.yaml", COURSE_YAML);
        write("lessons/01-intro.nl.md", LESSON_NL);
        write("lessons/01-intro.en.md", LESSON_NL.replace("Inleiding", "Introduction").replace(".nl.md", ".en.md"));
        write("lessons/02-meer.nl.md", lesson("meer", "Meer", 2));
        write("lessons/02-meer.en.md", lesson("meer", "More", 2));
        write("quizzes/toets.yaml", QUIZ);
        write("media/netwerk.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    }

    static String lesson(String id, String title, int order) {
        return "---\nid: " + id + "\ntitle: \"" + title + "\"\nmodule: m1\norder: " + order + "\n---\nTekst.\n";
    }

    Path root() {
        return root;
    }

    CourseFixture write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CourseFixture replace(String path, String from, String to) {
        try {
            String text = Files.readString(root.resolve(path));
            if (!text.contains(from)) {
                throw new IllegalArgumentException(path + " does not contain " + from);
            }
            return write(path, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
