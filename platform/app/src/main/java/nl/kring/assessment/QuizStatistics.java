package nl.kring.assessment;

import java.util.List;
import java.util.Optional;

/**
 * How a quiz and its items performed, for trainers: what Moodle's quiz statistics report shows, computed from graded
 * attempts alone (no database, no Spring). Make one with {@link #of(List)}.
 * <p>
 * The formulas follow Moodle (<a href="https://docs.moodle.org/dev/Quiz_statistics_calculations">Quiz statistics
 * calculations</a>); how to read the figures follows
 * <a href="https://docs.moodle.org/dev/Quiz_report_statistics">Quiz report statistics</a>. Every attempt counts as
 * one independent attempt; choose which attempts to pass (Moodle's default is each learner's first). An item an
 * attempt drew but left open counts with score 0.
 * <p>
 * The score of an attempt is its total as a fraction of the items it had: (sum of its item scores) ÷ (number of its
 * items), from 0 to 1. The quiz-level figures describe those attempt scores:
 *
 * @param attempts          the number of attempts (n)
 * @param mean              the average attempt score, (sum of the attempt scores) ÷ n; null without attempts. Moodle
 *                          suggests 0.50–0.75 for a test meant to tell learners apart
 * @param median            the middle attempt score when all are put in order (with an even n, the average of the
 *                          two middle ones): half the attempts scored less; null without attempts
 * @param standardDeviation how far the attempt scores spread around the mean: the square root of (the sum of
 *                          (attempt score − mean)²) ÷ (n − 1); null with fewer than 2 attempts. Moodle suggests
 *                          0.12–0.18; less means the scores are bunched up
 * @param cronbachAlpha     Cronbach's alpha, Moodle's "coefficient of internal consistency": whether the items
 *                          measure the same thing. With k items, it is k ÷ (k − 1) × (1 − (sum of the variances of
 *                          the item scores) ÷ (variance of the attempt totals)), every variance being (sum of squared
 *                          deviations from the mean) ÷ (n − 1). Moodle: above 0.75 is satisfactory, below 0.64
 *                          the quiz as a whole is unsatisfactory, much above 0.90 is not reachable. Null where it is
 *                          undefined: fewer than 2 attempts or 2 items, attempts that did not all have the same items
 *                          (a pool), or attempt totals that are all equal
 * @param items             one entry per item, in the order the items first appear in the attempts
 */
public record QuizStatistics(int attempts, Double mean, Double median, Double standardDeviation,
                             Double cronbachAlpha, List<ItemStatistics> items) {

    /**
     * Below this many attempts the statistics are computed, but are not to be trusted: a discrimination index from
     * fewer than 30 attempts is uncertain by about ±0.36 (95 %: 1.96 ÷ √(n − 1)), more than the width of the bands it
     * is read against. This number is Kring's rule of thumb, not Moodle's.
     */
    public static final int MIN_RELIABLE_ATTEMPTS = 30;

    public QuizStatistics {
        items = List.copyOf(items);
    }

    /**
     * The statistics of these attempts, in two walks over the data (time grows with attempts × items per attempt).
     *
     * @throws IllegalArgumentException when an attempt has no items or has the same item twice
     */
    public static QuizStatistics of(List<GradedAttempt> attempts) {
        return QuizStatisticsCalculator.calculate(attempts);
    }

    /** Whether there are enough attempts ({@link #MIN_RELIABLE_ATTEMPTS}) to take the quiz-level figures seriously. */
    public boolean reliable() {
        return attempts >= MIN_RELIABLE_ATTEMPTS;
    }

    /** The statistics of one item, if any attempt had it. */
    public Optional<ItemStatistics> item(String itemId) {
        return items.stream().filter(item -> item.itemId().equals(itemId)).findFirst();
    }
}
