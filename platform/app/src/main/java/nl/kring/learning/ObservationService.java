package nl.kring.learning;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.kring.account.AccountService;
import nl.kring.account.CurrentUser;
import nl.kring.api.activity.ActivityResult;
import nl.kring.api.activity.ActivityView;
import nl.kring.base.Roles;
import nl.kring.catalog.ActivityPage;
import nl.kring.catalog.CatalogService;
import nl.kring.plugin.ActivityRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Observed performances: a trainer fills in the activity's observation form (for a role-play the MITI behaviour
 * counts and global ratings of a live or recorded conversation); the activity's plugin scores it and Kring keeps it
 * as "shows how" evidence, published as {@link ObservationRecorded}.
 */
@Service
public class ObservationService {

    private static final String TRAINERS = "hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')";

    private final ActivityObservationRepository observations;
    private final CatalogService catalog;
    private final ActivityRunner runner;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ObservationService(ActivityObservationRepository observations, CatalogService catalog, ActivityRunner runner,
                       AccountService accounts, CurrentUser currentUser, ApplicationEventPublisher events,
                       Optional<Clock> clock) {
        this.observations = observations;
        this.catalog = catalog;
        this.runner = runner;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** An activity trainers can observe. */
    public record Observable(String courseId, String courseTitle, String activityId, String title) {
    }

    /** Every activity of the installed courses that has an observation form (e.g. every role-play). */
    @PreAuthorize(TRAINERS)
    public List<Observable> observable(Locale locale) {
        List<Observable> found = new java.util.ArrayList<>();
        for (var course : catalog.courses(locale, Optional.empty())) {
            catalog.outline(course.id(), locale).ifPresent(outline -> outline.modules().forEach(module -> module.activities()
                    .forEach(activity -> {
                        if (form(course.id(), activity.id(), locale).isPresent()) {
                            found.add(new Observable(course.id(), course.title(), activity.id(), activity.title()));
                        }
                    })));
        }
        return found;
    }

    /** The activity's observation form in the trainer's language; empty when the activity has none. */
    @PreAuthorize(TRAINERS)
    public Optional<ActivityView> form(String courseId, String activityId, Locale locale) {
        return catalog.activity(courseId, activityId, locale)
                .flatMap(page -> runner.observationForm(courseId, activityId, page.language()));
    }

    /**
     * Records an observation of {@code learner}.
     *
     * @throws IllegalArgumentException when the answers do not fit the form (the plugin's message says why)
     * @throws IllegalStateException    when the activity's plugin is missing or failed
     */
    @PreAuthorize(TRAINERS)
    @Transactional
    public Observation record(String learnerUsername, String courseId, String activityId, Map<String, String> answers,
                              Locale locale) {
        long learner = accounts.findLearner(learnerUsername)
                .orElseThrow(() -> new IllegalArgumentException("no learner '" + learnerUsername + "'")).id();
        ActivityPage page = catalog.activity(courseId, activityId, locale)
                .orElseThrow(() -> new IllegalArgumentException("no activity " + activityId + " in course " + courseId));
        ActivityResult result = runner.scoreObservation(courseId, activityId, answers, page.language())
                .orElseThrow(() -> new IllegalStateException("the activity's plugin could not score the observation"));
        long observer = currentUser.require().id();
        ActivityObservation saved = observations.save(new ActivityObservation(learner, courseId, activityId,
                page.courseVersion(), observer, answers, result.score(), result.feedbackMarkdown(), clock.instant()));
        events.publishEvent(new ObservationRecorded(learner, observer, courseId, activityId, page.courseVersion(),
                saved.getId(), result.score(), page.competences(), saved.getObservedAt()));
        return new Observation(saved.getId(), currentUser.require().displayName(), saved.getScore(), saved.getFeedback(),
                saved.getObservedAt());
    }

    /** The signed-in learner's observed performances of an activity, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Observation> mine(String courseId, String activityId) {
        List<ActivityObservation> found = observations.findByUserIdAndCourseIdAndActivityIdOrderByObservedAtDesc(
                currentUser.require().id(), courseId, activityId);
        Set<Long> observers = found.stream().map(ActivityObservation::getObserverId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> names = accounts.observerNames(observers);
        return found.stream().map(o -> new Observation(o.getId(), names.getOrDefault(o.getObserverId(), "?"), o.getScore(),
                o.getFeedback(), o.getObservedAt())).toList();
    }
}
