package nl.kring.api.content;

/**
 * A drawn diagram.
 *
 * @param svg             a standalone SVG document; the platform serves it as an image under a policy that forbids
 *                        scripts, so it may not rely on scripts, external files or fonts
 * @param title           a short title, used as the image's alternative text
 * @param textAlternative a full description in Markdown for people who cannot see the picture (who is who, how they
 *                        relate)
 * @since 1.2.0
 */
public record Diagram(String svg, String title, String textAlternative) {
}
