package nl.kring.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes {@link QuizStatistics} in two walks over the attempts and one over each item's own numbers: the first walk
 * finds each response's item and adds up each attempt's total, the second gives every item its score and the rest of
 * the quiz (known only once the total is), and then each item computes its deviations from its means. Time and memory
 * grow with attempts × items per attempt; the only extra is sorting each item's numbers for the discriminative
 * efficiency and the attempt scores for the median (n log n).
 */
final class QuizStatisticsCalculator {

    private QuizStatisticsCalculator() {
    }

    static QuizStatistics calculate(List<GradedAttempt> attempts) {
        int n = attempts.size();
        int responseCount = 0;
        for (GradedAttempt attempt : attempts) {
            if (attempt.responses().isEmpty()) {
                throw new IllegalArgumentException("attempt " + attempt.attemptId() + " has no items");
            }
            responseCount += attempt.responses().size();
        }
        // First walk: find each response's item (the only lookups by id), count responses per item and per value,
        // and add up each attempt's total.
        Map<String, ItemAccumulator> byId = new LinkedHashMap<>();
        ItemAccumulator[] itemOfResponse = new ItemAccumulator[responseCount];
        double[] totals = new double[n];
        double[] fractions = new double[n];
        int r = 0;
        for (int a = 0; a < n; a++) {
            GradedAttempt attempt = attempts.get(a);
            double total = 0;
            for (ItemResponse response : attempt.responses()) {
                ItemAccumulator item = byId.computeIfAbsent(response.itemId(), ItemAccumulator::new);
                item.count(a, attempt.attemptId(), response.response());
                itemOfResponse[r++] = item;
                total += response.score();
            }
            totals[a] = total;
            fractions[a] = total / attempt.responses().size();
        }
        Collection<ItemAccumulator> items = byId.values();
        items.forEach(ItemAccumulator::allocate);
        // Second walk: with the totals known, give every item its score and the rest of the quiz.
        r = 0;
        for (int a = 0; a < n; a++) {
            for (ItemResponse response : attempts.get(a).responses()) {
                itemOfResponse[r++].add(response.score(), totals[a] - response.score());
            }
        }
        List<ItemStatistics> itemStatistics = new ArrayList<>(items.size());
        for (ItemAccumulator item : items) {
            itemStatistics.add(item.finish());
        }
        return new QuizStatistics(n, mean(fractions), median(fractions), standardDeviation(fractions),
                cronbachAlpha(totals, items), itemStatistics);
    }

    private static Double mean(double[] values) {
        if (values.length == 0) {
            return null;
        }
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static Double median(double[] values) {
        if (values.length == 0) {
            return null;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static Double standardDeviation(double[] values) {
        return values.length < 2 ? null : Math.sqrt(sampleVariance(values));
    }

    /** Sum of squared deviations from the mean ÷ (n − 1); exactly 0 when every value is (nearly) the same. */
    private static double sampleVariance(double[] values) {
        double mean = mean(values);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        return varies(min, max) ? squares / (values.length - 1) : 0;
    }

    /**
     * Cronbach's alpha over the raw totals, defined only when every attempt had the same k ≥ 2 items, there are at
     * least 2 attempts and the totals differ.
     */
    private static Double cronbachAlpha(double[] totals, Iterable<ItemAccumulator> items) {
        int n = totals.length;
        if (n < 2) {
            return null;
        }
        int k = 0;
        double itemVariances = 0;
        for (ItemAccumulator item : items) {
            if (item.count() != n) {
                return null; // a pool: not every attempt had this item
            }
            k++;
            itemVariances += item.variance();
        }
        double totalVariance = sampleVariance(totals);
        if (k < 2 || totalVariance == 0) {
            return null;
        }
        return (double) k / (k - 1) * (1 - itemVariances / totalVariance);
    }

    /** Whether values between {@code min} and {@code max} really differ, not just by rounding of sums. */
    static boolean varies(double min, double max) {
        return max - min > 1e-9 * Math.max(1, Math.abs(max));
    }
}
