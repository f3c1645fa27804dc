package nl.kring.competence;

/** Published after new evidence for a learner is saved, so that what depends on their levels can follow. */
public record EvidenceRecorded(long userId) {
}
