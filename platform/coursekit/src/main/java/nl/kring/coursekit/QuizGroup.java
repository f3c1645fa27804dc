package nl.kring.coursekit;

import java.util.List;

/**
 * The items of a {@code case} (a short case text followed by several items, all of them asked) or of a {@code pool}
 * (each attempt draws {@code draw} of its items).
 *
 * @param caseText the case text; empty for a pool
 * @param draw     how many items an attempt draws; the number of items for a case
 */
public record QuizGroup(LocalizedText caseText, int draw, List<QuizItem> items) {

    public QuizGroup {
        items = List.copyOf(items);
    }

    public boolean isPool() {
        return caseText.byLanguage().isEmpty();
    }
}
