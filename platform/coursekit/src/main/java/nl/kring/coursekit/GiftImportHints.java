package nl.kring.coursekit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What to do after {@code import-gift}: translate, set the module, check the approximated items, run the linter. When
 * the quiz was written into a course ({@code <course>/quizzes/<name>.yaml}), names that course's other languages and
 * its modules.
 */
final class GiftImportHints {

    private final PrintStream out;

    GiftImportHints(PrintStream out) {
        this.out = out;
    }

    void print(Path quiz, String language, String module) {
        Optional<Path> folder = courseFolder(quiz);
        Optional<CourseDescriptor> course = folder.flatMap(GiftImportHints::descriptor);
        out.println("next:");
        List<String> others = course.map(c -> c.languages().stream().filter(l -> !l.equals(language)).toList()).orElse(null);
        if (others == null) {
            out.println("  - every text is in '" + language + "' only: add the course's other languages");
        } else if (!others.isEmpty()) {
            out.println("  - every text is in '" + language + "' only: add " + String.join(", ", others) + " to each");
        }
        course.filter(c -> !c.languages().contains(language)).ifPresent(c -> out.println("  - warning: '" + language
                + "' is not one of the course's languages (" + String.join(", ", c.languages()) + ")"));
        List<String> modules = course.map(c -> c.modules().stream().map(CourseModule::id).toList()).orElse(List.of());
        if (module.isEmpty() || !modules.isEmpty() && !modules.contains(module)) {
            out.println("  - set module: in " + quiz + (modules.isEmpty() ? " to a module id from course.yaml"
                    : " to one of the modules in course.yaml: " + String.join(", ", modules)));
        }
        out.println("  - check the items marked '# import:' in " + quiz);
        out.println("  - run: lint " + folder.map(Path::toString).orElse("<course-folder>")
                + " (it lists every text and key still missing)");
    }

    /** The course the quiz was written into: {@code <course>/quizzes/<name>.yaml} with a course.yaml. */
    private static Optional<Path> courseFolder(Path quiz) {
        Path quizzes = quiz.normalize().getParent();
        if (quizzes == null || quizzes.getFileName() == null || !quizzes.getFileName().toString().equals("quizzes")) {
            return Optional.empty();
        }
        Path course = quizzes.getParent() == null ? Path.of(".") : quizzes.getParent();
        return Files.isRegularFile(course.resolve(CourseReader.COURSE_FILE)) ? Optional.of(course) : Optional.empty();
    }

    private static Optional<CourseDescriptor> descriptor(Path folder) {
        try {
            return Optional.of(new CourseReader(CompetenceFramework.standard()).readDescriptor(new DirectoryCourseFiles(folder)));
        } catch (IOException | InvalidCourseException e) {
            return Optional.empty();
        }
    }
}
