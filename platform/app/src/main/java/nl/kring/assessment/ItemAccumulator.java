package nl.kring.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Collects one item's responses, scores and rest-of-quiz scores while {@link QuizStatisticsCalculator} walks the
 * attempts, then turns them into {@link ItemStatistics} with one more walk over this item's own numbers.
 * Its life: {@link #count(int, long, List)} once per attempt that has the item (first walk), {@link #allocate()},
 * {@link #add(double, double)} once per such attempt (second walk), then {@link #finish()}.
 */
final class ItemAccumulator {

    private static final Comparator<Map.Entry<String, Integer>> MOST_FREQUENT_FIRST =
            Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                    .thenComparing(e -> e.getKey().equals(ItemStatistics.NO_ANSWER))
                    .thenComparing(Map.Entry::getKey);

    private final String itemId;
    /** Index of the last attempt that had this item, to catch an item given twice in one attempt. */
    private int lastAttempt = -1;
    private int count;
    /**
     * Counts per response value. Single values are counted as given and normalised once per distinct value in
     * {@link #finish()}, which is much cheaper than normalising every response; values of a multi-value response are
     * normalised at once, to count each only once.
     */
    private final Map<String, int[]> valueCounts = new HashMap<>();
    private double[] scores;
    private double[] rests;
    private int added;
    private double scoreSum;
    private double restSum;
    private double minScore = Double.POSITIVE_INFINITY;
    private double maxScore = Double.NEGATIVE_INFINITY;
    private double minRest = Double.POSITIVE_INFINITY;
    private double maxRest = Double.NEGATIVE_INFINITY;
    private double variance = Double.NaN;

    ItemAccumulator(String itemId) {
        this.itemId = itemId;
    }

    /** First walk: attempt number {@code attemptIndex} has this item, with this response. */
    void count(int attemptIndex, long attemptId, List<String> response) {
        if (lastAttempt == attemptIndex) {
            throw new IllegalArgumentException("attempt " + attemptId + " has item '" + itemId + "' twice");
        }
        lastAttempt = attemptIndex;
        count++;
        countResponse(response);
    }

    /** Between the walks: room for exactly the attempts counted. */
    void allocate() {
        scores = new double[count];
        rests = new double[count];
    }

    /** Second walk: one attempt's score on this item and its score on the rest of the quiz. */
    void add(double score, double rest) {
        scores[added] = score;
        rests[added] = rest;
        added++;
        scoreSum += score;
        restSum += rest;
        minScore = Math.min(minScore, score);
        maxScore = Math.max(maxScore, score);
        minRest = Math.min(minRest, rest);
        maxRest = Math.max(maxRest, rest);
    }

    /** Counts every distinct value of one response once; no (non-blank) value at all counts as no answer. */
    private void countResponse(List<String> response) {
        int size = response.size();
        if (size == 0) {
            bump(ItemStatistics.NO_ANSWER);
        } else if (size == 1) {
            bump(response.get(0)); // normalised in finish(); a blank value becomes NO_ANSWER there
        } else {
            // Responses are short (a handful of options, pairs or steps): a linear check for repeats is cheapest.
            String[] counted = new String[size];
            int distinct = 0;
            for (String raw : response) {
                String value = normalize(raw);
                if (!value.isEmpty() && !contains(counted, distinct, value)) {
                    counted[distinct++] = value;
                    bump(value);
                }
            }
            if (distinct == 0) {
                bump(ItemStatistics.NO_ANSWER);
            }
        }
    }

    private void bump(String value) {
        valueCounts.computeIfAbsent(value, v -> new int[1])[0]++;
    }

    private static boolean contains(String[] values, int length, String value) {
        for (int i = 0; i < length; i++) {
            if (values[i].equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** Response values are compared without surrounding spaces and in lower case; a blank value is no answer. */
    static String normalize(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    String itemId() {
        return itemId;
    }

    int count() {
        return count;
    }

    /** The sample variance of the item scores (sum of squared deviations ÷ (n − 1)), after {@link #finish()}. */
    double variance() {
        return variance;
    }

    /** Computes the item's statistics from what was collected; reorders the collected numbers. */
    ItemStatistics finish() {
        double meanScore = scoreSum / count;
        double meanRest = restSum / count;
        boolean scoresVary = minScore < maxScore;
        boolean restsVary = QuizStatisticsCalculator.varies(minRest, maxRest);
        double scoreSquares = 0;
        double restSquares = 0;
        double products = 0;
        for (int i = 0; i < count; i++) {
            double scoreDeviation = scores[i] - meanScore;
            double restDeviation = rests[i] - meanRest;
            scoreSquares += scoreDeviation * scoreDeviation;
            restSquares += restDeviation * restDeviation;
            products += scoreDeviation * restDeviation;
        }
        if (!scoresVary) {
            scoreSquares = 0; // exactly: a constant score has no spread, whatever the rounding of its mean
        }
        Double standardDeviation = null;
        if (count > 1) {
            variance = scoreSquares / (count - 1);
            standardDeviation = Math.sqrt(variance);
        }
        Double discrimination = null;
        Double efficiency = null;
        if (count > 1 && scoresVary && restsVary) {
            discrimination = clamp(products / Math.sqrt(scoreSquares * restSquares));
            double bestProducts = bestPossibleProducts(meanScore, meanRest);
            efficiency = bestProducts > 0 ? clamp(products / bestProducts) : null;
        }
        return new ItemStatistics(itemId, count, meanScore, standardDeviation, discrimination, efficiency,
                responseCounts(), ItemFlag.of(meanScore, discrimination));
    }

    /** Sum of the products of deviations when item scores and rest scores are both sorted low to high and paired. */
    private double bestPossibleProducts(double meanScore, double meanRest) {
        Arrays.sort(scores);
        Arrays.sort(rests);
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += (scores[i] - meanScore) * (rests[i] - meanRest);
        }
        return sum;
    }

    /** Keeps a ratio within −1..1 and turns rounding noise around 0 into 0, so that its sign means something. */
    private static double clamp(double ratio) {
        if (Math.abs(ratio) < 1e-12) {
            return 0;
        }
        return Math.max(-1, Math.min(1, ratio));
    }

    /** The counts per normalised value, most frequent first. */
    private Map<String, Integer> responseCounts() {
        Map<String, Integer> merged = new HashMap<>();
        valueCounts.forEach((value, counter) -> merged.merge(normalize(value), counter[0], Integer::sum));
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(merged.entrySet());
        entries.sort(MOST_FREQUENT_FIRST);
        Map<String, Integer> sorted = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> entry : entries) {
            sorted.put(entry.getKey(), entry.getValue());
        }
        return sorted;
    }
}
