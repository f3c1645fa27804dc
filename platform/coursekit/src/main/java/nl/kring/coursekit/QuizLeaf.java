package nl.kring.coursekit;

import java.util.Optional;

/**
 * A question as a learner meets it: the items of a case carry the case and the id {@code case-id/item-id}.
 *
 * @param id     the id answers are stored under
 * @param inCase the case the question belongs to, if any
 */
public record QuizLeaf(String id, QuizItem item, Optional<QuizItem> inCase) {

    /** The case text shown above the question, if it belongs to a case. */
    public Optional<LocalizedText> caseText() {
        return inCase.map(c -> c.group().caseText());
    }

    /** Whether this is the last question of its case (where the review shows the case's explanation). */
    public boolean closesCase() {
        return inCase.map(c -> c.group().items().get(c.group().items().size() - 1) == item).orElse(false);
    }
}
