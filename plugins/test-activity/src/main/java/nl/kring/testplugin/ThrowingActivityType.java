package nl.kring.testplugin;

import java.util.List;
import java.util.Map;

import nl.kring.api.activity.ActivityProblem;
import nl.kring.api.activity.ActivityResult;
import nl.kring.api.activity.ActivitySource;
import nl.kring.api.activity.ActivityType;
import nl.kring.api.activity.ActivityView;
import org.pf4j.Extension;

/** Activity type {@code throwing}: fails in every hook, as a buggy plugin might. */
@Extension
public class ThrowingActivityType implements ActivityType {

    @Override
    public String type() {
        return "throwing";
    }

    @Override
    public List<ActivityProblem> validate(ActivitySource activity) {
        throw new IllegalStateException("validate always fails in this test plugin");
    }

    @Override
    public ActivityView render(ActivitySource activity, String language) {
        throw new IllegalStateException("render always fails in this test plugin");
    }

    @Override
    public ActivityResult score(ActivitySource activity, Map<String, String> answers, String language) {
        throw new IllegalStateException("score always fails in this test plugin");
    }
}
