package nl.kring.coursekit;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every relative link and image in a lesson points at a file of the course, that images are of a
 * type Kring serves, and warns about media no lesson uses. Web links and in-page anchors are not checked.
 */
final class LinkChecker {

    static final Set<String> IMAGE_TYPES = Set.of("png", "jpg", "jpeg", "gif", "webp", "svg");
    private static final Pattern INLINE = Pattern.compile("(!?)\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE = Pattern.compile("^\\s{0,3}\\[(?!\\^)[^\\]]+]:\\s*<?(\\S+?)>?(?:\\s+.*)?$");
    private final Set<String> files;
    private final List<Problem> problems;
    private final Set<String> used = new HashSet<>();

    LinkChecker(List<String> files, List<Problem> problems) {
        this.files = Set.copyOf(files);
        this.problems = problems;
    }

    void check(List<Lesson> lessons) {
        for (Lesson lesson : lessons) {
            for (LessonText text : lesson.texts().values()) {
                check(text);
            }
        }
        files.stream().filter(f -> f.startsWith("media/") && !used.contains(f)).sorted().forEach(f ->
                problems.add(Problem.warning(f, 0, "not used by any lesson", "remove it, or link it from a lesson")));
    }

    private void check(LessonText text) {
        String folder = text.path().substring(0, text.path().lastIndexOf('/') + 1);
        String[] lines = text.markdown().split("\n", -1);
        boolean inCode = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.stripLeading().startsWith("```") || line.stripLeading().startsWith("~~~")) {
                inCode = !inCode;
                continue;
            }
            if (inCode) {
                continue;
            }
            int lineNumber = text.bodyFirstLine() + i;
            Matcher inline = INLINE.matcher(line);
            while (inline.find()) {
                target(text.path(), lineNumber, folder, inline.group(2), !inline.group(1).isEmpty());
            }
            Matcher reference = REFERENCE.matcher(line);
            if (reference.matches()) {
                target(text.path(), lineNumber, folder, reference.group(1), false);
            }
        }
    }

    private void target(String file, int line, String folder, String url, boolean image) {
        if (url.startsWith("#") || hasScheme(url)) {
            if (image && !url.startsWith("https:") && !url.startsWith("http:")) {
                problems.add(new Problem(file, line, "image '" + url + "' cannot be shown", "use a file under media/"));
            }
            return;
        }
        String plain = url.replaceFirst("[?#].*$", "");
        Optional<String> path = CourseFiles.safePath(folder + plain);
        String what = image ? "image" : "link";
        if (path.isEmpty()) {
            problems.add(new Problem(file, line, what + " '" + url + "' points outside the course",
                    "keep media inside the course folder, e.g. ../media/picture.png"));
        } else if (!files.contains(path.get())) {
            problems.add(new Problem(file, line, "broken " + what + ": '" + url + "' — there is no " + path.get(),
                    "check the file name and the ../ (paths are relative to the lesson file)"));
        } else {
            used.add(path.get());
            if (image && !IMAGE_TYPES.contains(extension(path.get()))) {
                problems.add(new Problem(file, line, "'" + path.get() + "' is not an image type Kring shows",
                        "use " + String.join(", ", new java.util.TreeSet<>(IMAGE_TYPES))));
            }
        }
    }

    private static boolean hasScheme(String url) {
        int colon = url.indexOf(':');
        int slash = url.indexOf('/');
        return colon > 0 && (slash < 0 || colon < slash) || url.startsWith("//");
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
