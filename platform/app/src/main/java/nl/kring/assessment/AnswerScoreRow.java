package nl.kring.assessment;

/** The score of one answer of an attempt. */
record AnswerScoreRow(long attemptId, String itemId, double score) {
}
