package nl.kring.content;

import java.util.Optional;

/**
 * Decides where a relative link or image in a lesson points: the caller knows the course and its files.
 * Absolute web links ({@code https:}) and in-page anchors are left alone.
 */
@FunctionalInterface
public interface LinkResolver {

    /**
     * @param url   the link as written in the Markdown, e.g. {@code ../media/netwerk.svg}
     * @param image whether it is an image source (otherwise a link target)
     * @return the URL to use, or empty to drop the link (it points outside the course)
     */
    Optional<String> resolve(String url, boolean image);

    /** Leaves every link as written. */
    LinkResolver AS_WRITTEN = (url, image) -> Optional.of(url);
}
