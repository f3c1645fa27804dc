package nl.kring.assessment;

import java.util.List;
import java.util.Objects;

/**
 * One graded answer in one attempt, as the quiz statistics read it.
 *
 * @param itemId   the item's stable id
 * @param score    what the answer earned, as a fraction of the item's maximum: 0 nothing right, 1 fully right,
 *                 partial credit in between
 * @param response what the learner gave: the chosen option ids (choice items), {@code left=right} pair ids
 *                 (matching), the step ids in the learner's order (ordering) or one text (short answer, numeric);
 *                 an empty list when the learner gave no answer
 */
public record ItemResponse(String itemId, double score, List<String> response) {

    public ItemResponse {
        Objects.requireNonNull(itemId, "itemId");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score of item '" + itemId + "' must be between 0 and 1, not " + score);
        }
        response = response == null ? List.of() : List.copyOf(response);
    }
}
