package nl.kring.api.activity;

import java.util.List;
import java.util.Map;

import org.pf4j.ExtensionPoint;

/**
 * An activity type — role-play, genogram, worksheet, … — contributed by an activity plugin as a PF4J
 * {@code @Extension}. A course declares an activity in {@code activities/<name>.yaml} with {@code type:} naming
 * one of these; Kring reads the common envelope (id, title, module, order, competences) and hands the file to the
 * activity type for the rest.
 *
 * <p><b>Who calls it, and when.</b> The platform calls {@link #validate} when a course using the type is installed
 * or checked, {@link #render} when a learner opens the activity, and {@link #score} when they submit it. Every
 * call goes through a guard: whatever an implementation throws is caught, logged and shown to administrators on
 * the Plugins page, and the learner sees a friendly message for that activity only. Implementations must be
 * thread-safe and must not keep state between calls.
 *
 * <p>Rendering is described, not drawn: an activity returns an {@link ActivityView} of plain blocks (text,
 * choices, free text) that the platform shows with its own accessible components, so plugins need no UI code.
 *
 * <p><b>Activities in steps</b> (since 1.2.0). A branching activity such as a role-play answers {@code true} from
 * {@link #stepwise()}; the platform then calls {@link #step} to show where the learner is and {@link #move} with
 * every move, instead of {@code render} and {@code score}. The activity keeps its progress in a state string it
 * defines itself (at most 64 KB); the platform stores it after every move, so a reload or a restart resumes the
 * activity, and hands it back unchanged. Both hooks must be pure functions of their arguments.
 *
 * @since 1.0.0
 */
public interface ActivityType extends ExtensionPoint {

    /** The name courses use in {@code type:}, e.g. {@code role-play}; lowercase, stable. */
    String type();

    /**
     * Checks the type-specific part of an activity file. The default accepts everything.
     *
     * @return problems with the line in {@code activity.yaml()} they concern; empty when the activity is fine
     */
    default List<ActivityProblem> validate(ActivitySource activity) {
        return List.of();
    }

    /** What the learner sees, in {@code language} (a language the course declares). */
    ActivityView render(ActivitySource activity, String language);

    /**
     * Scores a submitted attempt.
     *
     * @param answers the learner's answers, keyed by the ids of the blocks in the rendered view
     */
    ActivityResult score(ActivitySource activity, Map<String, String> answers, String language);

    /**
     * Whether this activity unfolds in steps ({@link #step} and {@link #move}) rather than on one page.
     *
     * @since 1.2.0
     */
    default boolean stepwise() {
        return false;
    }

    /**
     * Where the learner is: what happened so far, what they can do now and, once the activity is finished, the
     * result.
     *
     * @param state the state {@link #move} returned last; the empty string at the start
     * @since 1.2.0
     */
    default ActivityStep step(ActivitySource activity, String state, String language) {
        throw new UnsupportedOperationException(type() + " is not a stepwise activity");
    }

    /**
     * The learner's move.
     *
     * @param state the state so far (the empty string at the start)
     * @param input the learner's input, keyed by the ids of the prompt's blocks (for a {@link ActivityBlock.CodedText}
     *              also {@code <id>.code})
     * @return the new state
     * @throws IllegalArgumentException when the input does not fit the current step (the platform shows the step
     *                                  again)
     * @since 1.2.0
     */
    default String move(ActivitySource activity, String state, Map<String, String> input, String language) {
        throw new UnsupportedOperationException(type() + " is not a stepwise activity");
    }

    /**
     * The form a trainer fills in after observing a learner perform this activity live or from a recording (for a
     * role-play: behaviour counts and global ratings); empty when the type has none.
     *
     * @since 1.2.0
     */
    default java.util.Optional<ActivityView> observationForm(ActivitySource activity, String language) {
        return java.util.Optional.empty();
    }

    /**
     * Scores a trainer's observation; the platform records it as evidence that the learner shows the skill.
     *
     * @param answers the trainer's answers, keyed by the ids of the form's blocks
     * @throws IllegalArgumentException when the answers do not fit the form (the trainer is asked to correct them)
     * @since 1.2.0
     */
    default ActivityResult scoreObservation(ActivitySource activity, Map<String, String> answers, String language) {
        throw new UnsupportedOperationException(type() + " has no observation form");
    }
}
