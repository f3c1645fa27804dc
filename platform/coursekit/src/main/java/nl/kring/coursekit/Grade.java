package nl.kring.coursekit;

/**
 * The outcome of one answered item.
 *
 * @param score   between 0 and 1; partial credit where the item type allows it
 * @param correct whether the answer is fully right
 */
public record Grade(double score, boolean correct) {

    static final Grade WRONG = new Grade(0, false);
    static final Grade RIGHT = new Grade(1, true);

    static Grade partial(double score) {
        double bounded = Math.max(0, Math.min(1, score));
        return new Grade(bounded, bounded >= 1 - 1e-9);
    }
}
