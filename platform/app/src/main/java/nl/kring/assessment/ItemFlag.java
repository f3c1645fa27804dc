package nl.kring.assessment;

import java.util.EnumSet;
import java.util.Set;

/**
 * Why a trainer may want to look at an item again. The thresholds follow Moodle's guidance for reading its quiz
 * statistics report (<a href="https://docs.moodle.org/dev/Quiz_report_statistics">Quiz report statistics</a>, the
 * interpretation tables for the facility index and the discrimination index). A flag is a reason to read the item
 * again, not a verdict: with fewer than {@link QuizStatistics#MIN_RELIABLE_ATTEMPTS} attempts it may be chance.
 */
public enum ItemFlag {

    /**
     * Facility index {@value #TOO_EASY_FROM} or more: (nearly) everyone scores full marks. Moodle calls 95–100 %
     * "extremely easy": the item cannot tell learners apart.
     */
    TOO_EASY,

    /**
     * Facility index {@value #TOO_HARD_UP_TO} or less: (nearly) nobody scores. Moodle calls 5 % or less "extremely
     * difficult or something wrong with the question", e.g. a wrong key.
     */
    TOO_HARD,

    /**
     * Discrimination index below 0: learners who do well on the rest of the quiz do worse on this item than those who
     * do badly. Moodle: "question probably invalid"; often a wrong or debatable key, or an ambiguous wording.
     */
    NEGATIVE_DISCRIMINATION,

    /**
     * Discrimination index from 0 up to (not including) {@value #ADEQUATE_DISCRIMINATION_FROM}: below Moodle's
     * "adequate" band (30–50 %), i.e. in its "weak" (20–29 %) or "very weak" (0–19 %) band. The item says little
     * about how well a learner masters the rest of the quiz.
     */
    WEAK_DISCRIMINATION;

    /** Facility index from which an item is {@link #TOO_EASY}. */
    public static final double TOO_EASY_FROM = 0.95;

    /** Facility index up to which an item is {@link #TOO_HARD}. */
    public static final double TOO_HARD_UP_TO = 0.05;

    /** Discrimination index from which an item discriminates adequately, below it {@link #WEAK_DISCRIMINATION}. */
    public static final double ADEQUATE_DISCRIMINATION_FROM = 0.30;

    /**
     * The flags for an item with this facility index and discrimination index (null when undefined, which raises no
     * discrimination flag: an item everyone gets right is {@link #TOO_EASY}, not weak).
     */
    static Set<ItemFlag> of(double facility, Double discrimination) {
        Set<ItemFlag> flags = EnumSet.noneOf(ItemFlag.class);
        if (facility >= TOO_EASY_FROM) {
            flags.add(TOO_EASY);
        }
        if (facility <= TOO_HARD_UP_TO) {
            flags.add(TOO_HARD);
        }
        if (discrimination != null && discrimination < 0) {
            flags.add(NEGATIVE_DISCRIMINATION);
        } else if (discrimination != null && discrimination < ADEQUATE_DISCRIMINATION_FROM) {
            flags.add(WEAK_DISCRIMINATION);
        }
        return flags;
    }
}
