package nl.kring.assessment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How one item performed, over the attempts that had it. Every score is a fraction of the item's maximum (0 to 1).
 * The formulas are Moodle's (<a href="https://docs.moodle.org/dev/Quiz_statistics_calculations">Quiz statistics
 * calculations</a>); "the rest of the quiz" of an attempt is the sum of its scores on all its other items.
 *
 * @param itemId                   the item's stable id
 * @param attempts                 how many attempts had this item (n)
 * @param facility                 the facility index: the mean score on the item, (sum of the scores) ÷ n. 1 means
 *                                 everyone had it fully right, 0 nobody had any of it right
 * @param standardDeviation        how far the scores spread around that mean: the square root of (the sum of
 *                                 (score − facility)²) ÷ (n − 1); null with fewer than 2 attempts
 * @param discriminationIndex      the discrimination index: the correlation (Pearson) between the score on this item
 *                                 and the score on the rest of the quiz, from −1 to 1. Near 1: learners who do well
 *                                 on the rest also do well here; below 0: they do worse here. It is
 *                                 (sum of (score − mean score) × (rest − mean rest)) ÷ √((sum of (score − mean
 *                                 score)²) × (sum of (rest − mean rest)²)); null when it is undefined: fewer than 2
 *                                 attempts, or everyone had the same score on the item or on the rest
 * @param discriminativeEfficiency the discrimination relative to the highest this item could reach with the same
 *                                 scores: the same top sum as the discrimination index, divided by that sum when the
 *                                 item scores and the rest scores are each sorted and paired from lowest to highest
 *                                 (the best possible match). 1 means no learner with a lower rest score did better on
 *                                 the item; an easy or hard item can reach 1 where its discrimination index cannot.
 *                                 Moodle marks an item with less than 0.15 as dubious and says above 0.5 is
 *                                 achievable; null when the discrimination index is null
 * @param responseCounts           how often each response value was given, most frequent first (equal counts in
 *                                 alphabetical order, no answer after the values it ties with): every distinct value
 *                                 in a response counts once (a multiple-response answer counts for each option
 *                                 chosen), values are compared after trimming spaces and in lower case, and an
 *                                 attempt without an answer counts under {@link #NO_ANSWER}
 * @param flags                    reasons to look at the item again (see {@link ItemFlag} for the thresholds)
 */
public record ItemStatistics(String itemId, int attempts, double facility, Double standardDeviation,
                             Double discriminationIndex, Double discriminativeEfficiency,
                             Map<String, Integer> responseCounts, Set<ItemFlag> flags) {

    /** The key in {@link #responseCounts()} for attempts that gave no answer (an empty or blank response). */
    public static final String NO_ANSWER = "";

    public ItemStatistics {
        responseCounts = Collections.unmodifiableMap(new LinkedHashMap<>(responseCounts));
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    }

    /** How many attempts gave no answer to this item. */
    public int unanswered() {
        return responseCounts.getOrDefault(NO_ANSWER, 0);
    }

    /**
     * Whether enough attempts had this item ({@link QuizStatistics#MIN_RELIABLE_ATTEMPTS}) to take its figures
     * seriously; below that they are computed all the same, but may be chance.
     */
    public boolean reliable() {
        return attempts >= QuizStatistics.MIN_RELIABLE_ATTEMPTS;
    }
}
