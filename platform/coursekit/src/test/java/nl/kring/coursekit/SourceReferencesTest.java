package nl.kring.coursekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every claim in a bundled course can be traced: each quiz item names the seed text and lines it rests on, every
 * reference in a lesson footnote, quiz feedback or role-play feedback ("bron 002, r. 120-135 en 140" / "source 002,
 * lines 120-135 and 140") points at lines that exist, and the list of
 * seed texts in {@code content/seeds.tsv} matches the files themselves wherever they are present (they live outside
 * the repository, in {@code ../shared/seeds/}).
 */
class SourceReferencesTest {

    private static final Pattern FOOTNOTE = Pattern.compile(
            "(?:bron|source) (\\d{3}), (?:r\\.|lines?) (\\d+(?:-\\d+)?(?:(?:, | en | and )\\d+(?:-\\d+)?)*)");
    private static final Pattern RANGE = Pattern.compile("(\\d+)(?:-(\\d+))?");

    private final CourseReader reader = new CourseReader(CompetenceFramework.standard(),
            CourseReaderTest.BUNDLED_ACTIVITY_TYPES, nl.kring.api.KringApi.VERSION);

    /** Seed file name → number of lines, from content/seeds.tsv. */
    private static Map<String, Integer> seedLines() throws IOException {
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (String[] row : manifest()) {
            lines.put(row[0], Integer.parseInt(row[1]));
        }
        return lines;
    }

    private static List<String[]> manifest() throws IOException {
        return Files.readAllLines(CourseReaderTest.contentRoot().resolve("seeds.tsv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t")).toList();
    }

    /** Why lines {@code from}-{@code to} of {@code file} do not exist, or empty when they do. */
    private static Optional<String> outside(int from, int to, String file, Map<String, Integer> seeds) {
        int lines = seeds.get(file);
        return from < 1 || to < from || to > lines
                ? Optional.of(from + "-" + to + " is outside " + file + " (1-" + lines + ")") : Optional.empty();
    }

    @Test
    void everyQuizItemRestsOnLinesThatExistInASeedText() throws Exception {
        Map<String, Integer> seeds = seedLines();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path folder : CourseReaderTest.bundledCourses()) {
            CoursePackage course = reader.read(new DirectoryCourseFiles(folder));
            Map<String, String> files = new LinkedHashMap<>();
            course.descriptor().sources().forEach(source -> files.put(source.id(), source.file()));
            for (Quiz quiz : course.quizzes()) {
                for (QuizLeaf leaf : quiz.leaves()) {
                    String where = folder.getFileName() + "/" + quiz.path() + " item " + leaf.id();
                    if (leaf.item().sources().isEmpty()) {
                        problems.add(where + ": no source");
                    }
                    for (ItemSource source : leaf.item().sources()) {
                        checked++;
                        String file = files.get(source.sourceId());
                        if (file == null || file.isBlank()) {
                            problems.add(where + ": source '" + source.sourceId() + "' names no seed file in course.yaml");
                        } else if (!seeds.containsKey(file)) {
                            problems.add(where + ": seed file " + file + " is not in content/seeds.tsv");
                        } else {
                            outside(source.fromLine(), source.toLine(), file, seeds)
                                    .ifPresent(problem -> problems.add(where + ": " + problem));
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).as("source references checked").isGreaterThan(30);
    }

    @Test
    void everyReferenceInTheTextPointsAtLinesThatExist() throws Exception {
        Map<String, Integer> seeds = seedLines();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path folder : CourseReaderTest.bundledCourses()) {
            List<Path> texts;
            try (Stream<Path> files = Files.walk(folder)) {
                texts = files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yaml")).sorted().toList();
            }
            for (Path text : texts) {
                Matcher reference = FOOTNOTE.matcher(Files.readString(text));
                while (reference.find()) {
                    String seed = reference.group(1);
                    Optional<String> file = seeds.keySet().stream().filter(f -> f.startsWith(seed + "_")).findFirst();
                    String where = folder.getParent().relativize(text) + ": '" + reference.group() + "'";
                    if (file.isEmpty()) {
                        problems.add(where + ": no seed text " + seed);
                        continue;
                    }
                    Matcher range = RANGE.matcher(reference.group(2));
                    while (range.find()) {
                        checked++;
                        int from = Integer.parseInt(range.group(1));
                        int to = range.group(2) == null ? from : Integer.parseInt(range.group(2));
                        outside(from, to, file.get(), seeds).ifPresent(problem -> problems.add(where + ": " + problem));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).as("references in lessons, quizzes and activities checked").isGreaterThan(100);
    }

    @Test
    void theListOfSeedTextsMatchesTheFiles() throws Exception {
        Optional<Path> seedFolder = seedFolder();
        List<String[]> manifest = manifest();
        assertThat(manifest).as("content/seeds.tsv lists the five seed texts").hasSize(5);
        if (seedFolder.isEmpty()) {
            // The CI clone has no ../shared/ next to it: the references were checked against the list above.
            System.out.println("SourceReferencesTest: seed texts not found (set -Dkring.seeds.dir); checked against content/seeds.tsv only");
            return;
        }
        for (String[] row : manifest) {
            Path file = seedFolder.get().resolve(row[0]);
            assertThat(file).as(row[0]).isRegularFile();
            byte[] bytes = Files.readAllBytes(file);
            int lines = 0;
            for (byte b : bytes) {
                lines += b == '\n' ? 1 : 0;
            }
            lines += bytes.length > 0 && bytes[bytes.length - 1] != '\n' ? 1 : 0;
            assertThat(lines).as(row[0] + " lines").isEqualTo(Integer.parseInt(row[1]));
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))).as(row[0] + " SHA-256")
                    .isEqualTo(row[2]);
        }
    }

    private static Optional<Path> seedFolder() {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getProperty("kring.seeds.dir")).map(Path::of).ifPresent(candidates::add);
        candidates.add(CourseReaderTest.contentRoot().getParent().resolveSibling("shared").resolve("seeds"));
        return candidates.stream().filter(Files::isDirectory).findFirst();
    }
}
