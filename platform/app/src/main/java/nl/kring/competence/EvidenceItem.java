package nl.kring.competence;

import java.time.Instant;

/** A piece of evidence as the learner's profile lists it. */
public record EvidenceItem(long id, EvidenceFact fact, String courseId, String courseVersion, String elementId,
                           String note, Instant at) {
}
