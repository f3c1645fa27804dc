package nl.kring.competence;

/**
 * What the level rules look at in a piece of evidence.
 *
 * @param level  the level the course maps it to (for a quiz: of the items it stands for)
 * @param score  0..1: the mean item score, the activity's score, the observation's score; 1 for an assessment
 * @param passed for a quiz: whether the attempt passed; null otherwise
 */
public record EvidenceFact(String competenceId, int level, EvidenceSource source, double score, Boolean passed) {
}
