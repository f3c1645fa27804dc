package nl.kring.assessment;

import java.time.Instant;

/** A learner's score on one question of a submitted attempt. */
record ItemScoreRow(String quizId, String itemId, double score, Instant answeredAt) {
}
