package nl.kring.genogram;

import java.util.List;

/**
 * A drawing and its text alternative.
 *
 * @param svg      the SVG document (UTF-8 text, starting with {@code <svg}); also drawn when there are problems,
 *                 leaving out what they say was wrong
 * @param text     the text alternative in Markdown (reads as plain text too), in the requested language
 * @param problems the problems of the notation, ordered by line
 * @param diagram  the parsed genogram or network map
 */
public record Rendered(String svg, String text, List<Problem> problems, Diagram diagram) {

    public Rendered {
        problems = List.copyOf(problems);
    }

    /** Whether the notation had no errors (warnings allowed). */
    public boolean ok() {
        return problems.stream().noneMatch(Problem::isError);
    }
}
