package nl.kring.coursekit.gift;

import java.math.BigDecimal;
import java.util.List;

/**
 * A Kring quiz item made from one GIFT question, with its texts in the one language of the import: plain text for
 * the question and options, Markdown for feedback and the explanation (empty when there is none).
 */
public sealed interface ImportedItem permits ImportedItem.Choice, ImportedItem.TrueFalse, ImportedItem.Matching,
        ImportedItem.ShortAnswer, ImportedItem.Numeric {

    String id();

    /** The GIFT line the question starts on. */
    int line();

    String text();

    String explanation();

    /** The Kring item type, e.g. {@code single-choice}. */
    String type();

    /** {@code single-choice} (one right option) or {@code multiple-response} (every right option to be chosen). */
    record Choice(String id, int line, String text, List<Option> options, boolean multiple, String explanation)
            implements ImportedItem {
        public Choice {
            options = List.copyOf(options);
        }

        @Override
        public String type() {
            return multiple ? "multiple-response" : "single-choice";
        }
    }

    /** One option of a choice item; {@code feedback} may be empty. */
    record Option(String id, String text, boolean correct, String feedback) {
    }

    record TrueFalse(String id, int line, String text, boolean answer, String explanation) implements ImportedItem {
        @Override
        public String type() {
            return "true-false";
        }
    }

    record Matching(String id, int line, String text, List<Pair> pairs, String explanation) implements ImportedItem {
        public Matching {
            pairs = List.copyOf(pairs);
        }

        @Override
        public String type() {
            return "matching";
        }
    }

    record Pair(String id, String left, String right) {
    }

    record ShortAnswer(String id, int line, String text, List<String> accept, String explanation) implements ImportedItem {
        public ShortAnswer {
            accept = List.copyOf(accept);
        }

        @Override
        public String type() {
            return "short-answer";
        }
    }

    /** Right within {@code answer ± tolerance}. */
    record Numeric(String id, int line, String text, BigDecimal answer, BigDecimal tolerance, String explanation)
            implements ImportedItem {
        @Override
        public String type() {
            return "numeric";
        }
    }
}
