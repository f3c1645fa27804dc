package nl.kring.coursekit;

/**
 * One language version of a lesson: its title and Markdown body as written by the trainer.
 *
 * @param path           the file inside the course folder, e.g. {@code lessons/01-waarom.nl.md}
 * @param bodyFirstLine  the line in the file where the Markdown body starts (after the front matter)
 */
public record LessonText(String language, String title, String markdown, String path, int bodyFirstLine) {
}
