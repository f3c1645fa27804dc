package nl.kring.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.kring.content.XssCorpus;
import nl.kring.coursekit.CompetenceFramework;
import nl.kring.coursekit.CourseReader;
import nl.kring.coursekit.Linter;
import nl.kring.coursekit.Problem;

/**
 * The bundled course "naasten-betrekken" as a hostile trainer might send it: every vector of the XSS corpus in its
 * lessons (a quarter per lesson, in both languages), a sample in a quiz question and its feedback, in a role-play's
 * introduction and in a line the client says, and as names in a genogram. Vectors the linter refuses — links and
 * images to files that do not exist — are left out, as the Plugins page would refuse the course with them.
 */
public final class XssCourse {

    /** The jar, and the vectors it holds in its lessons. */
    public record Built(byte[] jar, List<String> inLessons, List<String> refusedByTheLinter) {
    }

    private static final String[] LESSONS = {"01-waarom-steun", "02-wat-naasten-doormaken", "03-wie-en-hoe", "04-naastengerichte-zorg"};

    private XssCourse() {
    }

    public static Built build(String version) {
        List<String> vectors = XssCorpus.vectors();
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i += 9) {
            sample.add(vectors.get(i).replace("\n", " "));
        }
        Map<String, List<String>> perLesson = new LinkedHashMap<>();
        for (int i = 0; i < LESSONS.length; i++) {
            List<String> part = new ArrayList<>();
            for (int v = i; v < vectors.size(); v += LESSONS.length) {
                part.add(vectors.get(v));
            }
            perLesson.put(LESSONS[i], part);
        }
        List<String> refused = new ArrayList<>();
        byte[][] jar = new byte[1][];
        jar[0] = TestJars.course(version, folder -> {
            try {
                edit(folder, sample);
                for (int round = 0; round < 6; round++) {
                    writeLessons(folder, perLesson);
                    List<Problem> problems = new Linter(new CourseReader(CompetenceFramework.standard())).lint(folder, Optional.empty())
                            .problems().stream().filter(Problem::isError).filter(p -> p.file().startsWith("lessons/")).toList();
                    if (problems.isEmpty()) {
                        return;
                    }
                    for (Problem problem : problems) {
                        String lesson = problem.file().replaceAll("^lessons/|\\.(nl|en)\\.md$", "");
                        vectorAt(folder.resolve(problem.file()), perLesson.get(lesson), problem.line()).ifPresent(vector -> {
                            perLesson.get(lesson).remove(vector);
                            refused.add(vector);
                        });
                    }
                }
                throw new IllegalStateException("the linter still refuses the lessons after six rounds");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new Built(jar[0], perLesson.values().stream().flatMap(List::stream).toList(), refused);
    }

    private static void edit(Path folder, List<String> sample) {
        String quizText = yaml(String.join(" ", sample.subList(0, 20)));
        String feedback = yaml(String.join(" ", sample.subList(20, 40)));
        TestJars.replace(folder.resolve("quizzes/oefenen.yaml"),
                "nl: \"Koppel elk onderdeel van het stress-strain-coping-support-model aan wat je erbij ziet.\"", "nl: " + quizText);
        TestJars.replace(folder.resolve("quizzes/oefenen.yaml"),
                "en: \"Match each part of the stress-strain-coping-support model with what you see.\"", "en: " + quizText);
        TestJars.replace(folder.resolve("quizzes/oefenen.yaml"),
                "feedback: {nl: \"Juist: praten zonder verwijten helpt.\", en: \"Correct: talking without blame helps.\"}",
                "feedback: {nl: " + feedback + ", en: " + feedback + "}");
        String intro = sample.subList(40, sample.size()).stream().map(v -> "    " + v).collect(Collectors.joining("\n\n"));
        Path rolePlay = folder.resolve("activities/gesprek-mi-twijfel.yaml");
        TestJars.replace(rolePlay, "    Vandaag begint Kees er zelf over.", intro + "\n\n    Vandaag begint Kees er zelf over.");
        TestJars.replace(rolePlay, "    Today Kees raises it himself.", intro + "\n\n    Today Kees raises it himself.");
        String line = yaml(String.join(" ", sample.subList(0, 15)));
        TestJars.replace(rolePlay, "nl: \"Mieke begon er gisteren weer over. Over mijn drinken.", "nl: " + line.substring(0, line.length() - 1)
                + " Mieke begon er gisteren weer over. Over mijn drinken.");
        TestJars.replace(rolePlay, "en: \"Mieke brought it up again yesterday. My drinking.", "en: " + line.substring(0, line.length() - 1)
                + " Mieke brought it up again yesterday. My drinking.");
        Path genogram = folder.resolve("activities/genogram-lezen.yaml");
        TestJars.replace(genogram, "\"Opa Wim\"", "\"" + sample.get(1).replace('"', '\'') + "\"");
        TestJars.replace(genogram, "\"Tante Joke\"", "\"" + sample.get(2).replace('"', '\'') + "\"");
    }

    private static void writeLessons(Path folder, Map<String, List<String>> perLesson) throws IOException {
        for (Map.Entry<String, List<String>> lesson : perLesson.entrySet()) {
            for (String language : new String[] {"nl", "en"}) {
                Path file = folder.resolve("lessons/" + lesson.getKey() + "." + language + ".md");
                String original = Files.readString(file).split("\n\n## Corpus\n", 2)[0];
                Files.writeString(file, original + "\n\n## Corpus\n\n" + String.join("\n\n", lesson.getValue()) + "\n");
            }
        }
    }

    /** The vector whose paragraph holds this line of the lesson file. */
    private static Optional<String> vectorAt(Path file, List<String> vectors, int line) throws IOException {
        String text = Files.readString(file);
        int from = text.indexOf("\n## Corpus\n");
        for (String vector : vectors) {
            int at = text.indexOf(vector, from);
            if (at < 0) {
                continue;
            }
            int first = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
            int last = first + (int) vector.chars().filter(c -> c == '\n').count();
            if (line >= first && line <= last) {
                return Optional.of(vector);
            }
            from = at + vector.length();
        }
        return Optional.empty();
    }

    private static String yaml(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }
}
