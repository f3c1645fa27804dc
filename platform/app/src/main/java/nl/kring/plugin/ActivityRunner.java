package nl.kring.plugin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import nl.kring.api.activity.ActivityProblem;
import nl.kring.api.activity.ActivityResult;
import nl.kring.api.activity.ActivitySource;
import nl.kring.api.activity.ActivityStep;
import nl.kring.api.activity.ActivityType;
import nl.kring.api.activity.ActivityView;
import nl.kring.coursekit.Activity;
import nl.kring.coursekit.CourseFiles;
import nl.kring.coursekit.CoursePackage;
import nl.kring.coursekit.Problem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Runs course activities through the plugin that provides their type, always through the {@link PluginGuard}:
 * a plugin that throws gives an empty result, never an error page.
 */
@Service
public class ActivityRunner {

    private final PluginHost host;
    private final ActivityTypes types;
    private final PluginGuard guard;

    ActivityRunner(PluginHost host, ActivityTypes types, PluginGuard guard) {
        this.host = host;
        this.types = types;
        this.guard = guard;
    }

    /** The view of an activity; empty when its plugin is missing or failed (the failure is recorded). */
    @PreAuthorize("isAuthenticated()")
    public Optional<ActivityView> render(String courseId, String activityId, String language) {
        return source(courseId, activityId).flatMap(found -> types.find(found.activity().type())
                .flatMap(type -> guard.call(type.pluginId(), "render " + courseId + "/" + activityId,
                        () -> type.implementation().render(found.source(), language))));
    }

    /** The score of a submitted attempt; empty when its plugin is missing or failed (the failure is recorded). */
    @PreAuthorize("isAuthenticated()")
    public Optional<ActivityResult> score(String courseId, String activityId, Map<String, String> answers, String language) {
        return source(courseId, activityId).flatMap(found -> types.find(found.activity().type())
                .flatMap(type -> guard.call(type.pluginId(), "score " + courseId + "/" + activityId,
                        () -> type.implementation().score(found.source(), Map.copyOf(answers), language))));
    }

    /** Whether the activity unfolds in steps (a role-play); false when its plugin is missing or failed. */
    @PreAuthorize("isAuthenticated()")
    public boolean stepwise(String courseId, String activityId) {
        return source(courseId, activityId).flatMap(found -> types.find(found.activity().type())
                .flatMap(type -> guard.call(type.pluginId(), "stepwise " + courseId + "/" + activityId,
                        () -> type.implementation().stepwise()))).orElse(false);
    }

    /** Where the learner is in a stepwise activity; empty when its plugin is missing or failed. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ActivityStep> step(String courseId, String activityId, String state, String language) {
        return source(courseId, activityId).flatMap(found -> types.find(found.activity().type())
                .flatMap(type -> guard.call(type.pluginId(), "step " + courseId + "/" + activityId,
                        () -> type.implementation().step(found.source(), state, language))));
    }

    /**
     * The learner's move in a stepwise activity: the new state, or empty when the plugin refused the input or
     * failed (recorded as an incident).
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> move(String courseId, String activityId, String state, Map<String, String> input, String language) {
        return source(courseId, activityId).flatMap(found -> types.find(found.activity().type())
                .flatMap(type -> {
                    try {
                        return refusable(type.pluginId(), "move " + courseId + "/" + activityId,
                                () -> type.implementation().move(found.source(), state, Map.copyOf(input), language));
                    } catch (IllegalArgumentException refused) {
                        return Optional.empty();
                    }
                }));
    }

    /** The form for a trainer's observation of this activity; empty when it has none or its plugin failed. */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public Optional<ActivityView> observationForm(String courseId, String activityId, String language) {
        return source(courseId, activityId).flatMap(found -> types.find(found.activity().type())
                .flatMap(type -> guard.call(type.pluginId(), "observationForm " + courseId + "/" + activityId,
                        () -> type.implementation().observationForm(found.source(), language)))).flatMap(form -> form);
    }

    /**
     * Scores a trainer's observation.
     *
     * @return empty when the plugin is missing or failed (recorded as an incident)
     * @throws IllegalArgumentException when the plugin refuses the answers (with its message for the trainer)
     */
    @PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
    public Optional<ActivityResult> scoreObservation(String courseId, String activityId, Map<String, String> answers,
                                                     String language) {
        return source(courseId, activityId).flatMap(found -> types.find(found.activity().type())
                .flatMap(type -> refusable(type.pluginId(), "scoreObservation " + courseId + "/" + activityId,
                        () -> type.implementation().scoreObservation(found.source(), Map.copyOf(answers), language))));
    }

    /**
     * Calls a plugin through the guard, but lets its {@link IllegalArgumentException} through: refusing input the
     * user gave is the plugin doing its job, not a failure.
     */
    private <T> Optional<T> refusable(String pluginId, String hook, Supplier<T> call) {
        AtomicReference<IllegalArgumentException> refused = new AtomicReference<>();
        Optional<T> result = guard.call(pluginId, hook, () -> {
            try {
                return call.get();
            } catch (IllegalArgumentException e) {
                refused.set(e);
                return null;
            }
        });
        if (refused.get() != null) {
            throw refused.get();
        }
        return result;
    }

    /** Asks each activity's plugin to check its file; a plugin that fails to check gives a warning, not an error. */
    List<Problem> validate(CoursePackage course, String version, CourseFiles files) throws IOException {
        List<Problem> problems = new ArrayList<>();
        for (Activity activity : course.activities()) {
            Optional<ContributedTypes.Registered<ActivityType>> type = types.find(activity.type());
            if (type.isEmpty()) {
                continue;
            }
            ActivitySource source = new ActivitySource(course.descriptor().id(), version, activity.id(), activity.path(),
                    new String(files.read(activity.path()).orElseThrow(), StandardCharsets.UTF_8), course.descriptor().languages());
            Optional<List<ActivityProblem>> found = guard.call(type.get().pluginId(), "validate " + activity.path(),
                    () -> type.get().implementation().validate(source));
            if (found.isEmpty()) {
                problems.add(Problem.warning(activity.path(), 0, "the " + activity.type() + " plugin failed to check this"
                        + " activity", "see the plugin's incidents on the Plugins page"));
            } else {
                found.get().forEach(p -> problems.add(new Problem(activity.path(), p.line(), p.message(), p.hint())));
            }
        }
        return problems;
    }

    private Optional<Found> source(String courseId, String activityId) {
        return host.course(courseId).flatMap(installed -> installed.course().activities().stream()
                .filter(a -> a.id().equals(activityId)).findFirst()
                .flatMap(activity -> {
                    try {
                        return installed.files().read(activity.path()).map(bytes -> new Found(activity,
                                new ActivitySource(courseId, installed.version(), activityId, activity.path(),
                                        new String(bytes, StandardCharsets.UTF_8),
                                        installed.course().descriptor().languages())));
                    } catch (IOException e) {
                        return Optional.empty();
                    }
                }));
    }

    private record Found(Activity activity, ActivitySource source) {
    }
}
