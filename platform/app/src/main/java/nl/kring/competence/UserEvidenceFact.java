package nl.kring.competence;

/** A learner's piece of evidence as the level rules see it, read without loading the whole entity. */
record UserEvidenceFact(long userId, String competenceId, int level, EvidenceSource source, double score, Boolean passed) {

    EvidenceFact fact() {
        return new EvidenceFact(competenceId, level, source, score, passed);
    }
}
