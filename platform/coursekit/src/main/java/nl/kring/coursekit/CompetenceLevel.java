package nl.kring.coursekit;

/**
 * A level of the competence framework, e.g. 3 {@code shows-how}: "shows it in a role-play or an observed exercise".
 *
 * @param level 1 is the lowest
 */
public record CompetenceLevel(int level, String id, LocalizedText title, LocalizedText description) {
}
