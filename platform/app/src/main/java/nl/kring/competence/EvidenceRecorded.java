package nl.kring.competence;

import java.time.Instant;

/**
 * Published after new evidence for a learner is saved, so that what depends on their levels can follow.
 *
 * @param at when the work it records was done (a quiz graded, an activity finished)
 */
public record EvidenceRecorded(long userId, Instant at) {
}
