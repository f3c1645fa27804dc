package nl.kring.coursekit;

/**
 * A place in one of the course's sources an item rests on, written {@code source-id:12-20} (or {@code source-id:12}).
 *
 * @param sourceId the id of a source in {@code course.yaml}
 */
public record ItemSource(String sourceId, int fromLine, int toLine) {

    @Override
    public String toString() {
        return sourceId + ":" + fromLine + (toLine == fromLine ? "" : "-" + toLine);
    }
}
