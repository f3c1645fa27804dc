package nl.kring.coursekit;

/** One competence of the Kring framework, e.g. {@code network-involvement}. */
public record Competence(String id, LocalizedText title, LocalizedText description) {
}
