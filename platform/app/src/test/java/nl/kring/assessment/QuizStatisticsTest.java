package nl.kring.assessment;

import static nl.kring.assessment.ItemStatistics.NO_ANSWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Quiz and item statistics checked against values worked out by hand. Every expected value has its arithmetic next
 * to it; "rest" is an attempt's total minus its score on the item in question.
 */
class QuizStatisticsTest {

    private static final Offset<Double> EXACT = within(1e-12);
    private static final Offset<Double> SIX_DECIMALS = within(5e-7);

    /**
     * Five learners, three items, partial credit.
     * <pre>
     *        q1 (multiple response)  q2 (matching, 2 pairs)  q3 (short answer)   total  attempt score
     *   A1   1    [a, b]             1    [x=x, y=y]         1  " Netwerk "      3      3/3 = 1
     *   A2   1    [b, a]             0.5  [x=x, y=x]         1  "netwerk"        2.5    2.5/3 = 5/6
     *   A3   1    [a, b]             0.5  [x=y, y=y]         0  "familie"        1.5    1.5/3 = 1/2
     *   A4   0.5  [a]                0    [x=y, y=x]         0  "Familie "       0.5    0.5/3 = 1/6
     *   A5   0    []                 0.5  [x=x, y=x]         0  "  "             0.5    0.5/3 = 1/6
     * </pre>
     */
    @Nested
    class FiveLearnersThreeItems {

        final QuizStatistics stats = QuizStatistics.of(List.of(
                attempt(1, r("q1", 1, "a", "b"), r("q2", 1, "x=x", "y=y"), r("q3", 1, " Netwerk ")),
                attempt(2, r("q1", 1, "b", "a"), r("q2", 0.5, "x=x", "y=x"), r("q3", 1, "netwerk")),
                attempt(3, r("q1", 1, "a", "b"), r("q2", 0.5, "x=y", "y=y"), r("q3", 0, "familie")),
                attempt(4, r("q1", 0.5, "a"), r("q2", 0, "x=y", "y=x"), r("q3", 0, "Familie ")),
                attempt(5, r("q1", 0), r("q2", 0.5, "x=x", "y=x"), r("q3", 0, "  "))));

        @Test
        void quiz_level_figures() {
            assertThat(stats.attempts()).isEqualTo(5);
            // mean = (1 + 5/6 + 1/2 + 1/6 + 1/6) / 5 = (16/6) / 5 = 8/15
            assertThat(stats.mean()).isCloseTo(8.0 / 15, EXACT);
            // sorted: 1/6, 1/6, 1/2, 5/6, 1 → the middle one
            assertThat(stats.median()).isCloseTo(0.5, EXACT);
            // in 30ths: scores 30, 25, 15, 5, 5, mean 16 → deviations 14, 9, −1, −11, −11
            // sum of squares = (196 + 81 + 1 + 121 + 121) / 900 = 520/900 = 26/45; ÷ (5 − 1) = 13/90
            assertThat(stats.standardDeviation()).isCloseTo(Math.sqrt(13.0 / 90), EXACT);
            assertThat(stats.standardDeviation()).isCloseTo(0.380058, SIX_DECIMALS);
        }

        @Test
        void cronbach_alpha() {
            // item variances (below): 0.2 + 0.125 + 0.3 = 0.625
            // totals 3, 2.5, 1.5, 0.5, 0.5, mean 1.6 → deviations 1.4, 0.9, −0.1, −1.1, −1.1
            // squares 1.96 + 0.81 + 0.01 + 1.21 + 1.21 = 5.2; ÷ 4 = 1.3
            // alpha = 3/2 × (1 − 0.625/1.3) = 1.5 × 0.675/1.3 = 81/104
            assertThat(stats.cronbachAlpha()).isCloseTo(81.0 / 104, EXACT);
            assertThat(stats.cronbachAlpha()).isCloseTo(0.778846, SIX_DECIMALS);
        }

        @Test
        void item_q1() {
            ItemStatistics q1 = stats.item("q1").orElseThrow();
            assertThat(q1.attempts()).isEqualTo(5);
            // scores 1, 1, 1, 0.5, 0 → 3.5 / 5
            assertThat(q1.facility()).isCloseTo(0.7, EXACT);
            // deviations 0.3, 0.3, 0.3, −0.2, −0.7 → squares 0.09 × 3 + 0.04 + 0.49 = 0.8; ÷ 4 = 0.2
            assertThat(q1.standardDeviation()).isCloseTo(Math.sqrt(0.2), EXACT);
            // rest 2, 1.5, 0.5, 0, 0.5, mean 0.9 → deviations 1.1, 0.6, −0.4, −0.9, −0.4, squares sum 2.7
            // products 0.33 + 0.18 − 0.12 + 0.18 + 0.28 = 0.85 → 0.85 / √(0.8 × 2.7) = 0.85 / √2.16
            assertThat(q1.discriminationIndex()).isCloseTo(0.85 / Math.sqrt(2.16), EXACT);
            assertThat(q1.discriminationIndex()).isCloseTo(0.578352, SIX_DECIMALS);
            // sorted scores 0, 0.5, 1, 1, 1 (deviations −0.7, −0.2, 0.3, 0.3, 0.3) against sorted rest 0, 0.5, 0.5,
            // 1.5, 2 (−0.9, −0.4, −0.4, 0.6, 1.1): 0.63 + 0.08 − 0.12 + 0.18 + 0.33 = 1.1 → 0.85 / 1.1
            assertThat(q1.discriminativeEfficiency()).isCloseTo(0.85 / 1.1, EXACT);
            assertThat(q1.flags()).isEmpty();
        }

        @Test
        void item_q2() {
            ItemStatistics q2 = stats.item("q2").orElseThrow();
            // scores 1, 0.5, 0.5, 0, 0.5 → 2.5 / 5
            assertThat(q2.facility()).isCloseTo(0.5, EXACT);
            // deviations 0.5, 0, 0, −0.5, 0 → squares 0.5; ÷ 4 = 0.125
            assertThat(q2.standardDeviation()).isCloseTo(Math.sqrt(0.125), EXACT);
            // rest 2, 2, 1, 0.5, 0, mean 1.1 → deviations 0.9, 0.9, −0.1, −0.6, −1.1, squares sum 3.2
            // products 0.45 + 0 + 0 + 0.3 + 0 = 0.75 → 0.75 / √(0.5 × 3.2) = 0.75 / √1.6
            assertThat(q2.discriminationIndex()).isCloseTo(0.75 / Math.sqrt(1.6), EXACT);
            assertThat(q2.discriminationIndex()).isCloseTo(0.592927, SIX_DECIMALS);
            // sorted: (−0.5 × −1.1) + 0 + 0 + 0 + (0.5 × 0.9) = 1.0 → 0.75 / 1.0
            assertThat(q2.discriminativeEfficiency()).isCloseTo(0.75, EXACT);
            assertThat(q2.flags()).isEmpty();
        }

        @Test
        void item_q3() {
            ItemStatistics q3 = stats.item("q3").orElseThrow();
            // scores 1, 1, 0, 0, 0 → 2 / 5
            assertThat(q3.facility()).isCloseTo(0.4, EXACT);
            // deviations 0.6, 0.6, −0.4, −0.4, −0.4 → squares 0.72 + 0.48 = 1.2; ÷ 4 = 0.3
            assertThat(q3.standardDeviation()).isCloseTo(Math.sqrt(0.3), EXACT);
            // rest 2, 1.5, 1.5, 0.5, 0.5, mean 1.2 → deviations 0.8, 0.3, 0.3, −0.7, −0.7, squares sum 1.8
            // products 0.48 + 0.18 − 0.12 + 0.28 + 0.28 = 1.1 → 1.1 / √(1.2 × 1.8) = 1.1 / √2.16
            assertThat(q3.discriminationIndex()).isCloseTo(1.1 / Math.sqrt(2.16), EXACT);
            assertThat(q3.discriminationIndex()).isCloseTo(0.748455, SIX_DECIMALS);
            // the learners with the higher rest already have the higher scores: the sorted pairing is the actual one
            assertThat(q3.discriminativeEfficiency()).isCloseTo(1.0, EXACT);
            assertThat(q3.flags()).isEmpty();
        }

        @Test
        void response_counts_most_frequent_first() {
            assertThat(stats.item("q1").orElseThrow().responseCounts())
                    .containsExactly(entry("a", 4), entry("b", 3), entry(NO_ANSWER, 1));
            assertThat(stats.item("q2").orElseThrow().responseCounts())
                    .containsExactly(entry("x=x", 3), entry("y=x", 3), entry("x=y", 2), entry("y=y", 2));
            // " Netwerk " and "netwerk" are one answer, so are "familie" and "Familie "; "  " is no answer
            assertThat(stats.item("q3").orElseThrow().responseCounts())
                    .containsExactly(entry("familie", 2), entry("netwerk", 2), entry(NO_ANSWER, 1));
            assertThat(stats.item("q3").orElseThrow().unanswered()).isEqualTo(1);
        }

        @Test
        void five_attempts_are_too_few_to_trust() {
            assertThat(stats.reliable()).isFalse();
            assertThat(stats.items()).noneMatch(ItemStatistics::reliable);
        }
    }

    @Test
    void each_value_of_a_response_counts_once() {
        QuizStatistics stats = QuizStatistics.of(List.of(
                attempt(1, r("m", 0.5, "a", "A ", "c")),
                attempt(2, r("m", 0, " ", "")),
                attempt(3, r("m", 1, "a", "b"))));

        // attempt 1: "a" and "A " are one value; attempt 2 has only blank values, so no answer
        assertThat(stats.items().get(0).responseCounts())
                .containsExactly(entry("a", 2), entry("b", 1), entry("c", 1), entry(NO_ANSWER, 1));
    }

    @Test
    void an_item_everyone_gets_right_cannot_discriminate_and_is_too_easy() {
        QuizStatistics stats = QuizStatistics.of(List.of(
                attempt(1, r("easy", 1, "a"), r("q", 1, "a"), r("r", 1, "a")),
                attempt(2, r("easy", 1, "a"), r("q", 0.5, "b"), r("r", 0, "b")),
                attempt(3, r("easy", 1, "a"), r("q", 0, "c"), r("r", 0.5, "c"))));

        ItemStatistics easy = stats.item("easy").orElseThrow();
        assertThat(easy.facility()).isEqualTo(1.0);
        assertThat(easy.standardDeviation()).isEqualTo(0.0);
        // no spread in the item scores: the correlation divides by zero
        assertThat(easy.discriminationIndex()).isNull();
        assertThat(easy.discriminativeEfficiency()).isNull();
        assertThat(easy.flags()).containsExactly(ItemFlag.TOO_EASY);
        assertThat(easy.responseCounts()).containsExactly(entry("a", 3));
        // variances: easy 0, q (1, 0.5, 0: squares 0.5, ÷ 2) 0.25, r (1, 0, 0.5) 0.25
        // totals 3, 1.5, 1.5, mean 2 → squares 1 + 0.25 + 0.25 = 1.5, ÷ 2 = 0.75
        // alpha = 3/2 × (1 − 0.5/0.75) = 0.5
        assertThat(stats.cronbachAlpha()).isCloseTo(0.5, EXACT);
    }

    @Test
    void an_item_nobody_answered_counts_as_no_answer_and_is_too_hard() {
        QuizStatistics stats = QuizStatistics.of(List.of(
                attempt(1, r("q", 1, "a"), r("open", 0)),
                attempt(2, r("q", 0, "b"), r("open", 0)),
                attempt(3, r("q", 1, "a"), r("open", 0, " "))));

        ItemStatistics open = stats.item("open").orElseThrow();
        assertThat(open.attempts()).isEqualTo(3);
        assertThat(open.facility()).isEqualTo(0.0);
        assertThat(open.standardDeviation()).isEqualTo(0.0);
        assertThat(open.discriminationIndex()).isNull();
        assertThat(open.flags()).containsExactly(ItemFlag.TOO_HARD);
        assertThat(open.responseCounts()).containsExactly(entry(NO_ANSWER, 3));
        assertThat(open.unanswered()).isEqualTo(3);
        // q's rest is open's score, 0 for everyone: no spread, so q's discrimination is undefined too
        ItemStatistics q = stats.item("q").orElseThrow();
        assertThat(q.facility()).isCloseTo(2.0 / 3, EXACT);
        assertThat(q.discriminationIndex()).isNull();
        assertThat(q.flags()).isEmpty();
        // attempt scores (1 + 0)/2, (0 + 0)/2, (1 + 0)/2 → mean (0.5 + 0 + 0.5) / 3
        assertThat(stats.mean()).isCloseTo(1.0 / 3, EXACT);
    }

    /**
     * A pool of three items, each attempt draws two.
     * <pre>
     *        p1    p2    p3    total  attempt score
     *   A1   1     1     –     2      1
     *   A2   1     –     0     1      0.5
     *   A3   –     0.5   0.5   1      0.5
     *   A4   0     0     –     0      0
     *   A5   0.5   –     1     1.5    0.75
     * </pre>
     */
    @Test
    void a_pool_counts_each_item_over_the_attempts_that_had_it() {
        QuizStatistics stats = QuizStatistics.of(List.of(
                attempt(1, r("p1", 1, "a"), r("p2", 1, "a")),
                attempt(2, r("p1", 1, "a"), r("p3", 0, "b")),
                attempt(3, r("p2", 0.5, "b"), r("p3", 0.5, "c")),
                attempt(4, r("p1", 0, "b"), r("p2", 0, "c")),
                attempt(5, r("p3", 1, "a"), r("p1", 0.5, "c"))));

        assertThat(stats.items()).extracting(ItemStatistics::itemId).containsExactly("p1", "p2", "p3");
        assertThat(stats.items()).extracting(ItemStatistics::attempts).containsExactly(4, 3, 3);
        // (1 + 0.5 + 0.5 + 0 + 0.75) / 5 = 2.75 / 5
        assertThat(stats.mean()).isCloseTo(0.55, EXACT);
        assertThat(stats.median()).isCloseTo(0.5, EXACT);
        // deviations 0.45, −0.05, −0.05, −0.55, 0.2 → squares 0.2025 + 0.0025 + 0.0025 + 0.3025 + 0.04 = 0.55; ÷ 4
        assertThat(stats.standardDeviation()).isCloseTo(Math.sqrt(0.1375), EXACT);
        // not every attempt had every item
        assertThat(stats.cronbachAlpha()).isNull();

        ItemStatistics p1 = stats.item("p1").orElseThrow();
        // A1, A2, A4, A5: scores 1, 1, 0, 0.5 → 2.5 / 4
        assertThat(p1.facility()).isCloseTo(0.625, EXACT);
        // deviations 0.375, 0.375, −0.625, −0.125 → squares 0.140625 × 2 + 0.390625 + 0.015625 = 0.6875; ÷ 3
        assertThat(p1.standardDeviation()).isCloseTo(Math.sqrt(0.6875 / 3), EXACT);
        // rest 1, 0, 0, 1, mean 0.5 → deviations 0.5, −0.5, −0.5, 0.5, squares sum 1
        // products 0.1875 − 0.1875 + 0.3125 − 0.0625 = 0.25 → 0.25 / √(0.6875 × 1) = 1/√11 ≈ 0.3015: just adequate
        assertThat(p1.discriminationIndex()).isCloseTo(1 / Math.sqrt(11), EXACT);
        assertThat(p1.flags()).isEmpty();

        ItemStatistics p2 = stats.item("p2").orElseThrow();
        // A1, A3, A4: scores 1, 0.5, 0 and rest 1, 0.5, 0 rise together
        assertThat(p2.facility()).isCloseTo(0.5, EXACT);
        assertThat(p2.discriminationIndex()).isCloseTo(1.0, EXACT);

        ItemStatistics p3 = stats.item("p3").orElseThrow();
        // A2, A3, A5: scores 0, 0.5, 1 (deviations −0.5, 0, 0.5; squares 0.5), rest 1, 0.5, 0.5 (mean 2/3,
        // deviations 1/3, −1/6, −1/6; squares 1/9 + 1/36 + 1/36 = 1/6)
        // products −1/6 + 0 − 1/12 = −1/4 → −0.25 / √(0.5 × 1/6) = −0.25 × √12 ≈ −0.866
        assertThat(p3.discriminationIndex()).isCloseTo(-0.25 * Math.sqrt(12), EXACT);
        // best pairing (sorted): (−0.5 × −1/6) + 0 + (0.5 × 1/3) = 1/4 → −1/4 ÷ 1/4
        assertThat(p3.discriminativeEfficiency()).isCloseTo(-1.0, EXACT);
        assertThat(p3.flags()).containsExactly(ItemFlag.NEGATIVE_DISCRIMINATION);
    }

    /**
     * <pre>
     *        g1   g2   bad
     *   A1   1    1    0
     *   A2   1    1    0
     *   A3   1    0    1
     *   A4   0    0    1
     *   A5   0    0    0
     * </pre>
     */
    @Test
    void negative_and_weak_discrimination_are_flagged() {
        QuizStatistics stats = QuizStatistics.of(List.of(
                attempt(1, r("g1", 1), r("g2", 1), r("bad", 0)),
                attempt(2, r("g1", 1), r("g2", 1), r("bad", 0)),
                attempt(3, r("g1", 1), r("g2", 0), r("bad", 1)),
                attempt(4, r("g1", 0), r("g2", 0), r("bad", 1)),
                attempt(5, r("g1", 0), r("g2", 0), r("bad", 0))));

        ItemStatistics bad = stats.item("bad").orElseThrow();
        // scores 0, 0, 1, 1, 0 (mean 0.4; deviations −0.4, −0.4, 0.6, 0.6, −0.4; squares 1.2)
        // rest 2, 2, 1, 0, 0 (mean 1; deviations 1, 1, 0, −1, −1; squares 4)
        // products −0.4 − 0.4 + 0 − 0.6 + 0.4 = −1 → −1 / √(1.2 × 4) = −1 / √4.8 ≈ −0.456
        assertThat(bad.discriminationIndex()).isCloseTo(-1 / Math.sqrt(4.8), EXACT);
        assertThat(bad.flags()).containsExactly(ItemFlag.NEGATIVE_DISCRIMINATION);

        ItemStatistics g2 = stats.item("g2").orElseThrow();
        // scores 1, 1, 0, 0, 0 (deviations 0.6, 0.6, −0.4, −0.4, −0.4), rest 1, 1, 2, 1, 0 (deviations 0, 0, 1, 0, −1)
        // products 0 + 0 − 0.4 + 0 + 0.4 = 0 → 0: below 0.30, "weak"
        assertThat(g2.discriminationIndex()).isEqualTo(0.0);
        assertThat(g2.flags()).containsExactly(ItemFlag.WEAK_DISCRIMINATION);

        ItemStatistics g1 = stats.item("g1").orElseThrow();
        // scores 1, 1, 1, 0, 0 (deviations 0.4, 0.4, 0.4, −0.6, −0.6; squares 1.2)
        // rest 1, 1, 1, 1, 0 (mean 0.8; deviations 0.2, 0.2, 0.2, 0.2, −0.8; squares 0.8)
        // products 0.08 × 3 − 0.12 + 0.48 = 0.6 → 0.6 / √0.96 ≈ 0.612
        assertThat(g1.discriminationIndex()).isCloseTo(0.6 / Math.sqrt(0.96), EXACT);
        assertThat(g1.flags()).isEmpty();
    }

    @Test
    void a_single_attempt_has_a_mean_but_no_spread() {
        QuizStatistics stats = QuizStatistics.of(List.of(
                attempt(7, r("q1", 1, "a"), r("q2", 0.5, "x=x", "y=x"))));

        assertThat(stats.attempts()).isEqualTo(1);
        // (1 + 0.5) / 2
        assertThat(stats.mean()).isEqualTo(0.75);
        assertThat(stats.median()).isEqualTo(0.75);
        assertThat(stats.standardDeviation()).isNull();
        assertThat(stats.cronbachAlpha()).isNull();
        assertThat(stats.reliable()).isFalse();
        ItemStatistics q2 = stats.item("q2").orElseThrow();
        assertThat(q2.attempts()).isEqualTo(1);
        assertThat(q2.facility()).isEqualTo(0.5);
        assertThat(q2.standardDeviation()).isNull();
        assertThat(q2.discriminationIndex()).isNull();
        assertThat(q2.discriminativeEfficiency()).isNull();
        assertThat(q2.responseCounts()).containsExactly(entry("x=x", 1), entry("y=x", 1));
    }

    @Test
    void no_attempts_give_empty_statistics() {
        QuizStatistics stats = QuizStatistics.of(List.of());

        assertThat(stats.attempts()).isZero();
        assertThat(stats.mean()).isNull();
        assertThat(stats.median()).isNull();
        assertThat(stats.standardDeviation()).isNull();
        assertThat(stats.cronbachAlpha()).isNull();
        assertThat(stats.items()).isEmpty();
        assertThat(stats.item("q1")).isEmpty();
        assertThat(stats.reliable()).isFalse();
    }

    @Test
    void from_thirty_attempts_the_figures_count_as_reliable() {
        List<GradedAttempt> attempts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            attempts.add(attempt(i, r("q1", i % 2), r("q2", i % 3 == 0 ? 1 : 0)));
        }

        assertThat(QuizStatistics.of(attempts.subList(0, 29)).reliable()).isFalse();
        assertThat(QuizStatistics.of(attempts.subList(0, 29)).items()).noneMatch(ItemStatistics::reliable);
        assertThat(QuizStatistics.of(attempts).reliable()).isTrue();
        assertThat(QuizStatistics.of(attempts).items()).allMatch(ItemStatistics::reliable);
    }

    @Test
    void an_even_number_of_attempts_has_the_median_between_the_middle_two() {
        QuizStatistics stats = QuizStatistics.of(List.of(
                attempt(1, r("q", 0)), attempt(2, r("q", 1)), attempt(3, r("q", 0.25)), attempt(4, r("q", 0.5))));

        // sorted 0, 0.25, 0.5, 1 → (0.25 + 0.5) / 2
        assertThat(stats.median()).isEqualTo(0.375);
        // one item: alpha needs at least two
        assertThat(stats.cronbachAlpha()).isNull();
    }

    @Test
    void rejects_attempts_the_statistics_cannot_read() {
        assertThatThrownBy(() -> QuizStatistics.of(List.of(attempt(3, r("q1", 1), r("q1", 0)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("attempt 3 has item 'q1' twice");
        assertThatThrownBy(() -> QuizStatistics.of(List.of(new GradedAttempt(4, List.of()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("attempt 4 has no items");
        assertThatThrownBy(() -> r("q1", 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> r("q1", Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 1");
    }

    /**
     * The two-walk calculation against the definitions computed the long way (every item against every attempt), on
     * random pool data: 200 attempts drawing 5 of 8 items, with partial credit.
     */
    @Test
    void agrees_with_the_definitions_computed_the_long_way() {
        Random random = new Random(42);
        List<GradedAttempt> attempts = new ArrayList<>();
        for (int a = 0; a < 200; a++) {
            double ability = random.nextDouble();
            Set<Integer> drawn = new LinkedHashSet<>();
            while (drawn.size() < 5) {
                drawn.add(random.nextInt(8));
            }
            List<ItemResponse> responses = new ArrayList<>();
            for (int item : drawn) {
                double score = Math.min(1, Math.floor((ability + random.nextDouble() * item / 8) * 4) / 4);
                responses.add(new ItemResponse("i" + item, score, List.of("o" + random.nextInt(3))));
            }
            attempts.add(new GradedAttempt(a, responses));
        }

        QuizStatistics stats = QuizStatistics.of(attempts);

        for (ItemStatistics item : stats.items()) {
            List<Double> scores = new ArrayList<>();
            List<Double> rests = new ArrayList<>();
            for (GradedAttempt attempt : attempts) {
                Map<String, Double> byItem = new HashMap<>();
                attempt.responses().forEach(response -> byItem.put(response.itemId(), response.score()));
                if (byItem.containsKey(item.itemId())) {
                    double total = byItem.values().stream().mapToDouble(Double::doubleValue).sum();
                    scores.add(byItem.get(item.itemId()));
                    rests.add(total - byItem.get(item.itemId()));
                }
            }
            assertThat(item.attempts()).isEqualTo(scores.size());
            assertThat(item.facility()).isCloseTo(mean(scores), within(1e-9));
            assertThat(item.standardDeviation()).isCloseTo(Math.sqrt(covariance(scores, scores)), within(1e-9));
            assertThat(item.discriminationIndex()).isCloseTo(covariance(scores, rests)
                    / Math.sqrt(covariance(scores, scores) * covariance(rests, rests)), within(1e-9));
            List<Double> sortedScores = scores.stream().sorted().toList();
            List<Double> sortedRests = rests.stream().sorted().toList();
            assertThat(item.discriminativeEfficiency()).isCloseTo(covariance(scores, rests)
                    / covariance(sortedScores, sortedRests), within(1e-9));
            assertThat(item.responseCounts().values().stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo(scores.size());
        }
        List<Double> attemptScores = attempts.stream()
                .map(a -> a.responses().stream().mapToDouble(ItemResponse::score).sum() / a.responses().size()).toList();
        assertThat(stats.mean()).isCloseTo(mean(attemptScores), within(1e-9));
        assertThat(stats.standardDeviation()).isCloseTo(Math.sqrt(covariance(attemptScores, attemptScores)), within(1e-9));
        assertThat(stats.cronbachAlpha()).isNull();
    }

    @Test
    void alpha_agrees_with_its_definition_when_everyone_had_every_item() {
        Random random = new Random(7);
        int items = 6;
        List<GradedAttempt> attempts = new ArrayList<>();
        for (int a = 0; a < 100; a++) {
            double ability = random.nextGaussian();
            List<ItemResponse> responses = new ArrayList<>();
            for (int i = 0; i < items; i++) {
                double score = ability + random.nextGaussian() > 0 ? 1 : random.nextBoolean() ? 0.5 : 0;
                responses.add(new ItemResponse("i" + i, score, List.of()));
            }
            attempts.add(new GradedAttempt(a, responses));
        }

        double itemVariances = 0;
        for (int i = 0; i < items; i++) {
            int item = i;
            List<Double> scores = attempts.stream().map(a -> a.responses().get(item).score()).toList();
            itemVariances += covariance(scores, scores);
        }
        List<Double> totals = attempts.stream()
                .map(a -> a.responses().stream().mapToDouble(ItemResponse::score).sum()).toList();
        double alpha = (double) items / (items - 1) * (1 - itemVariances / covariance(totals, totals));

        assertThat(QuizStatistics.of(attempts).cronbachAlpha()).isCloseTo(alpha, within(1e-9));
        assertThat(alpha).isBetween(0.5, 1.0);
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
    }

    /** Sample covariance, straight from the definition. */
    private static double covariance(List<Double> x, List<Double> y) {
        double meanX = mean(x);
        double meanY = mean(y);
        double sum = 0;
        for (int i = 0; i < x.size(); i++) {
            sum += (x.get(i) - meanX) * (y.get(i) - meanY);
        }
        return sum / (x.size() - 1);
    }

    private static ItemResponse r(String itemId, double score, String... response) {
        return new ItemResponse(itemId, score, List.of(response));
    }

    private static GradedAttempt attempt(long id, ItemResponse... responses) {
        return new GradedAttempt(id, List.of(responses));
    }
}
