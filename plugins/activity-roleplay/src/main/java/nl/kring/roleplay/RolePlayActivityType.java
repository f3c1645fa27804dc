package nl.kring.roleplay;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.kring.api.activity.ActivityBlock;
import nl.kring.api.activity.ActivityProblem;
import nl.kring.api.activity.ActivityResult;
import nl.kring.api.activity.ActivitySource;
import nl.kring.api.activity.ActivityStep;
import nl.kring.api.activity.ActivityType;
import nl.kring.api.activity.ActivityView;
import org.pf4j.Extension;

/**
 * Activity type {@code role-play}: the learner practises a conversation — motivational interviewing, CRAFT, a
 * family conversation — in a branching scenario. At every node one or more personas speak and the learner chooses a
 * response or types an own one and codes it; at an end node the learner gets feedback coded like a MITI 4.2
 * assessment ({@link MitiScores}): the path with the code of and feedback on every response, the summary scores
 * against the MITI thresholds, and what to practise next.
 *
 * <p>The activity is stepwise: the state is the path taken ({@link PlayState}); {@link #step} rebuilds the
 * conversation from it and {@link #move} adds a move. Both read the scenario afresh and keep nothing.
 */
@Extension
public class RolePlayActivityType implements ActivityType {

    @Override
    public String type() {
        return "role-play";
    }

    @Override
    public List<ActivityProblem> validate(ActivitySource activity) {
        ScenarioReader reader = new ScenarioReader(activity.languages());
        reader.read(activity.yaml());
        return reader.problems();
    }

    @Override
    public boolean stepwise() {
        return true;
    }

    @Override
    public ActivityStep step(ActivitySource activity, String state, String language) {
        return Play.replay(scenario(activity), state).step(language);
    }

    @Override
    public String move(ActivitySource activity, String state, Map<String, String> input, String language) {
        return Play.replay(scenario(activity), state).move(input);
    }

    /** The MITI coding form for a trainer who observed a learner in a live or recorded conversation. */
    @Override
    public Optional<ActivityView> observationForm(ActivitySource activity, String language) {
        return Optional.of(Observation.form(language));
    }

    @Override
    public ActivityResult scoreObservation(ActivitySource activity, Map<String, String> answers, String language) {
        return Observation.score(answers, language);
    }

    /** Not called for a stepwise type; says what this activity is, should a platform show it on one page. */
    @Override
    public ActivityView render(ActivitySource activity, String language) {
        return new ActivityView("", List.of(new ActivityBlock.Text("nl".equals(language)
                ? "Dit rollenspel speel je stap voor stap; deze versie van Kring kan het niet tonen."
                : "This role-play is played step by step; this version of Kring cannot show it.")));
    }

    /** Not called for a stepwise type: a role-play is scored at its end node, in {@link #step}. */
    @Override
    public ActivityResult score(ActivitySource activity, Map<String, String> answers, String language) {
        throw new UnsupportedOperationException("role-play is stepwise: it is scored in step(), not score()");
    }

    private static Scenario scenario(ActivitySource activity) {
        ScenarioReader reader = new ScenarioReader(activity.languages());
        Scenario scenario = reader.read(activity.yaml());
        if (!reader.problems().isEmpty()) {
            List<ActivityProblem> problems = reader.problems();
            ActivityProblem first = problems.get(0);
            throw new IllegalStateException(activity.path() + ":" + first.line() + ": " + first.message()
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "")
                    + "; the role-play cannot be played until the course is fixed");
        }
        return scenario;
    }
}
