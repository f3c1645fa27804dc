package nl.kring.learning;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.kring.account.CurrentUser;
import nl.kring.api.activity.ActivityResult;
import nl.kring.api.activity.ActivityStep;
import nl.kring.catalog.ActivityPage;
import nl.kring.catalog.CatalogService;
import nl.kring.plugin.ActivityRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plays stepwise activities (role-plays) for the signed-in learner. The activity's state is written after every
 * move, so a reload, a lost connection or a restart continues where the learner was; the end is recorded once, with
 * the typed answers a trainer should review and an {@link ActivityCompleted} event.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ActivityPlayService {

    private final ActivityAttemptRepository attempts;
    private final ActivityReviewRepository reviews;
    private final CatalogService catalog;
    private final ActivityRunner runner;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActivityPlayService(ActivityAttemptRepository attempts, ActivityReviewRepository reviews, CatalogService catalog,
                        ActivityRunner runner, CurrentUser currentUser, ApplicationEventPublisher events,
                        Optional<Clock> clock) {
        this.attempts = attempts;
        this.reviews = reviews;
        this.catalog = catalog;
        this.runner = runner;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The learner's latest play of the activity (finished or not), or a new one when there is none. */
    @Transactional
    public ActivityPlay current(String courseId, String activityId, Locale locale) {
        ActivityPage page = page(courseId, activityId, locale);
        List<ActivityAttempt> existing = mine(courseId, activityId);
        ActivityAttempt attempt = existing.isEmpty() ? start(page, 1) : existing.get(0);
        return play(attempt, page);
    }

    /** A new play from the start; earlier plays keep their results. */
    @Transactional
    public ActivityPlay again(String courseId, String activityId, Locale locale) {
        ActivityPage page = page(courseId, activityId, locale);
        List<ActivityAttempt> existing = mine(courseId, activityId);
        if (!existing.isEmpty() && !existing.get(0).isFinished()) {
            return play(existing.get(0), page);
        }
        return play(start(page, existing.isEmpty() ? 1 : existing.get(0).getAttemptNumber() + 1), page);
    }

    /**
     * The learner's move; saved at once. When the move ends the activity, the result is recorded (once).
     *
     * @return the play after the move; unchanged when the activity refused the input or its plugin failed
     * @throws IllegalStateException when this play is finished already (e.g. in another tab)
     */
    @Transactional
    public ActivityPlay move(long attemptId, Map<String, String> input, Locale locale) {
        ActivityAttempt attempt = attempts.findByIdAndUserId(attemptId, userId())
                .orElseThrow(() -> new IllegalArgumentException("no activity attempt " + attemptId + " of this learner"));
        if (attempt.isFinished()) {
            throw new IllegalStateException("this play is finished");
        }
        ActivityPage page = page(attempt.getCourseId(), attempt.getActivityId(), locale);
        Optional<String> next = runner.move(attempt.getCourseId(), attempt.getActivityId(), attempt.getState(), input,
                page.language());
        if (next.isEmpty()) {
            return play(attempt, page);
        }
        attempt.moveTo(next.get(), clock.instant());
        attempts.save(attempt);
        ActivityPlay play = play(attempt, page);
        play.step().filter(ActivityStep::finished).ifPresent(step -> finish(attempt, page, step));
        return play;
    }

    /**
     * Keeps what the learner has built or typed for the current step without sending it, so a reload keeps it.
     * Ignored once the play is finished (e.g. in another tab).
     */
    @Transactional
    public void keepDraft(long attemptId, String draft) {
        ActivityAttempt attempt = attempts.findByIdAndUserId(attemptId, userId())
                .orElseThrow(() -> new IllegalArgumentException("no activity attempt " + attemptId + " of this learner"));
        if (!attempt.isFinished()) {
            attempt.keepDraft(draft, clock.instant());
            attempts.save(attempt);
        }
    }

    private void finish(ActivityAttempt attempt, ActivityPage page, ActivityStep step) {
        ActivityResult result = step.result().orElseThrow();
        attempt.finish(result.score(), clock.instant());
        attempts.save(attempt);
        step.forReview().forEach(request -> reviews.save(new ActivityReview(attempt.getId(), request.id(), request.context(),
                request.response(), request.selfCode(), request.codes())));
        events.publishEvent(new ActivityCompleted(attempt.getUserId(), attempt.getCourseId(), attempt.getActivityId(),
                attempt.getCourseVersion(), attempt.getId(), result.score(), page.competences(), attempt.getFinishedAt()));
    }

    /** A new play; two tabs starting at the same moment make one (the database refuses the second). */
    private ActivityAttempt start(ActivityPage page, int number) {
        return attempts.saveAndFlush(new ActivityAttempt(userId(), page.courseId(), page.activityId(), page.courseVersion(),
                number, clock.instant()));
    }

    private ActivityPlay play(ActivityAttempt attempt, ActivityPage page) {
        return new ActivityPlay(attempt.getId(), attempt.getAttemptNumber(),
                runner.step(page.courseId(), page.activityId(), attempt.getState(), page.language()), attempt.getDraft());
    }

    private List<ActivityAttempt> mine(String courseId, String activityId) {
        return attempts.findByUserIdAndCourseIdAndActivityIdOrderByAttemptNumberDesc(userId(), courseId, activityId);
    }

    private ActivityPage page(String courseId, String activityId, Locale locale) {
        ActivityPage page = catalog.activity(courseId, activityId, locale)
                .orElseThrow(() -> new IllegalArgumentException("no activity " + activityId + " in course " + courseId));
        if (!page.stepwise()) {
            throw new IllegalArgumentException("activity " + activityId + " is not played in steps");
        }
        return page;
    }

    private long userId() {
        return currentUser.require().id();
    }
}
