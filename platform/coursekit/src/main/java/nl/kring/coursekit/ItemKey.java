package nl.kring.coursekit;

import java.util.List;
import java.util.Map;

/**
 * What a quiz item asks and what counts as right, per item type. Everything the grader needs; texts are per language.
 */
public sealed interface ItemKey permits ItemKey.Choice, ItemKey.TrueFalse, ItemKey.Matching, ItemKey.Ordering,
        ItemKey.ShortAnswer, ItemKey.Numeric, ItemKey.CaseSet {

    /** {@code single-choice} (exactly one correct) or {@code multiple-response} (partial credit, see the grader). */
    record Choice(List<QuizOption> options, boolean multiple) implements ItemKey {
        public Choice {
            options = List.copyOf(options);
        }
    }

    /** {@code true-false}: the statement is true or false; the explanation is shown after answering. */
    record TrueFalse(boolean answer) implements ItemKey {
    }

    /** {@code matching}: each left-hand text belongs with one right-hand text. */
    record Matching(List<Pair> pairs) implements ItemKey {
        public Matching {
            pairs = List.copyOf(pairs);
        }
    }

    /** One pair of a matching item, with a stable id. */
    record Pair(String id, LocalizedText left, LocalizedText right) {
    }

    /** {@code ordering}: the steps, listed in the correct order. */
    record Ordering(List<Step> steps) implements ItemKey {
        public Ordering {
            steps = List.copyOf(steps);
        }
    }

    /** One step of an ordering item, with a stable id. */
    record Step(String id, LocalizedText text) {
    }

    /**
     * {@code short-answer}: accepted answers per language; by default case and accents (diacritics) are ignored, and
     * surrounding spaces and punctuation always are.
     */
    record ShortAnswer(Map<String, List<String>> accepted, boolean caseSensitive, boolean ignoreDiacritics)
            implements ItemKey {
        public ShortAnswer {
            accepted = Map.copyOf(accepted);
        }
    }

    /** {@code numeric}: right when the answer lies within {@code answer ± tolerance} (borders included). */
    record Numeric(double answer, double tolerance) implements ItemKey {
    }

    /** {@code case}: a short case text followed by several items, each graded on its own. */
    record CaseSet(LocalizedText caseText, List<QuizItem> items) implements ItemKey {
        public CaseSet {
            items = List.copyOf(items);
        }
    }
}
