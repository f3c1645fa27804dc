package nl.kring.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import nl.kring.assessment.GradedAttempt;
import nl.kring.assessment.ItemResponse;
import nl.kring.assessment.QuizStatistics;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link QuizStatistics#of} on a large quiz: by default 10,000 attempts × 20 items. Run it as docs/performance.md
 * says; the figures go there, never into unit tests.
 * <p>
 * The attempts come from a fixed seed and a simple ability model, so that the statistics have something to find:
 * each learner has an ability (normally distributed), each item a difficulty and a discrimination, and the chance
 * that a learner gets (a part of) an item right rises with ability − difficulty (a logistic curve, as in item
 * response theory). Every fourth item gives partial credit in quarters (four parts, each right with that chance);
 * one item is keyed wrongly (the chance falls with ability) so that a negative discrimination is in the data;
 * 2 % of answers are left open.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class QuizStatisticsBenchmark {

    private static final String[] OPTIONS = {"a", "b", "c", "d"};

    @Param("10000")
    int attempts;

    @Param("20")
    int items;

    private List<GradedAttempt> data;

    @Setup
    public void generate() {
        data = attempts(attempts, items, 20_240_501L);
    }

    @Benchmark
    public QuizStatistics statistics() {
        return QuizStatistics.of(data);
    }

    /** Attempts by learners of varying ability on items of varying difficulty; the same seed gives the same data. */
    static List<GradedAttempt> attempts(int attempts, int items, long seed) {
        Random random = new Random(seed);
        double[] difficulty = new double[items];
        double[] discrimination = new double[items];
        for (int i = 0; i < items; i++) {
            difficulty[i] = -2 + 4.0 * i / Math.max(1, items - 1); // from easy to hard
            discrimination[i] = 0.4 + 1.6 * random.nextDouble();
        }
        discrimination[items / 2] = -0.8; // the wrongly keyed item
        List<GradedAttempt> result = new ArrayList<>(attempts);
        for (int a = 0; a < attempts; a++) {
            double ability = random.nextGaussian();
            List<ItemResponse> responses = new ArrayList<>(items);
            for (int i = 0; i < items; i++) {
                double chance = 1 / (1 + Math.exp(-discrimination[i] * (ability - difficulty[i])));
                responses.add(response("item-" + i, i % 4 == 3, chance, random));
            }
            result.add(new GradedAttempt(a, responses));
        }
        return result;
    }

    private static ItemResponse response(String itemId, boolean partialCredit, double chance, Random random) {
        if (random.nextDouble() < 0.02) {
            return new ItemResponse(itemId, 0, List.of());
        }
        if (!partialCredit) {
            boolean right = random.nextDouble() < chance;
            return new ItemResponse(itemId, right ? 1 : 0, List.of(right ? "a" : OPTIONS[1 + random.nextInt(3)]));
        }
        // multiple response with right options a and b; each of four decisions (choose a, choose b, leave c, leave d)
        // is right with the learner's chance, the score is the share of right decisions
        List<String> chosen = new ArrayList<>(2);
        int right = 0;
        for (int option = 0; option < 4; option++) {
            boolean decisionRight = random.nextDouble() < chance;
            right += decisionRight ? 1 : 0;
            if (decisionRight == option < 2) {
                chosen.add(OPTIONS[option]);
            }
        }
        return new ItemResponse(itemId, right / 4.0, chosen);
    }
}
