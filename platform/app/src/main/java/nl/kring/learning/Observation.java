package nl.kring.learning;

import java.time.Instant;

/** An observed performance as the learner (and trainers) read it. */
public record Observation(long id, String observer, double score, String feedbackMarkdown, Instant at) {
}
