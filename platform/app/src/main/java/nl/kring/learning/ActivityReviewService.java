package nl.kring.learning;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.kring.account.AccountService;
import nl.kring.account.CurrentUser;
import nl.kring.api.activity.ActivityBlock;
import nl.kring.base.Roles;
import nl.kring.catalog.CatalogService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of typed responses in role-plays: trainers code each one (from the same code list the learner used)
 * and comment; learners read it and see how often their own code matched, since recognising one's own behaviour is
 * the skill.
 */
@Service
public class ActivityReviewService {

    private final ActivityReviewRepository reviews;
    private final ActivityAttemptRepository attempts;
    private final AccountService accounts;
    private final CatalogService catalog;
    private final CurrentUser currentUser;
    private final Clock clock;

    ActivityReviewService(ActivityReviewRepository reviews, ActivityAttemptRepository attempts, AccountService accounts,
                          CatalogService catalog, CurrentUser currentUser, Optional<Clock> clock) {
        this.reviews = reviews;
        this.attempts = attempts;
        this.accounts = accounts;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The responses no trainer has reviewed yet, oldest first (at most 200). */
    @PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<ReviewTask> open(Locale locale) {
        List<ActivityReview> waiting = reviews.findTop200ByReviewedAtIsNullOrderByIdAsc();
        Map<Long, ActivityAttempt> byAttempt = new HashMap<>();
        attempts.findAllById(waiting.stream().map(ActivityReview::getAttemptId).distinct().toList())
                .forEach(a -> byAttempt.put(a.getId(), a));
        Set<Long> learners = new HashSet<>();
        byAttempt.values().forEach(a -> learners.add(a.getUserId()));
        Map<Long, String> names = accounts.displayNames(learners);
        Map<String, String> titles = new HashMap<>();
        List<ReviewTask> tasks = new ArrayList<>();
        for (ActivityReview review : waiting) {
            ActivityAttempt attempt = byAttempt.get(review.getAttemptId());
            String title = titles.computeIfAbsent(attempt.getCourseId() + "/" + attempt.getActivityId(), key -> catalog
                    .activity(attempt.getCourseId(), attempt.getActivityId(), locale).map(p -> p.title()).orElse(attempt.getActivityId()));
            tasks.add(new ReviewTask(review.getId(), names.getOrDefault(attempt.getUserId(), "?"), attempt.getCourseId(),
                    attempt.getActivityId(), title, review.getContext(), review.getResponse(), code(review, review.getSelfCode()),
                    review.codes(), attempt.getFinishedAt()));
        }
        return tasks;
    }

    /**
     * Records a trainer's code and comment.
     *
     * @throws IllegalArgumentException when the code is not one of the response's codes
     */
    @PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
    @Transactional
    public void review(long reviewId, String code, String comment) {
        ActivityReview review = reviews.findById(reviewId).orElseThrow(() -> new IllegalArgumentException("no review " + reviewId));
        if (review.codes().stream().noneMatch(c -> c.id().equals(code))) {
            throw new IllegalArgumentException("'" + code + "' is not one of this response's codes");
        }
        review.review(code, comment, currentUser.require().id(), clock.instant());
        reviews.save(review);
    }

    /** The signed-in learner's typed responses in one play, with the trainer's code and comment when reviewed. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReviewedResponse> mine(long attemptId) {
        attempts.findByIdAndUserId(attemptId, currentUser.require().id())
                .orElseThrow(() -> new IllegalArgumentException("no activity attempt " + attemptId + " of this learner"));
        return reviews.findByAttemptId(attemptId).stream().map(review -> new ReviewedResponse(review.getRequestId(),
                review.getContext(), review.getResponse(), code(review, review.getSelfCode()),
                review.trainerCode().map(c -> code(review, c)), review.trainerComment())).toList();
    }

    private static ActivityBlock.Option code(ActivityReview review, String id) {
        return review.codes().stream().filter(c -> c.id().equals(id)).findFirst().orElse(new ActivityBlock.Option(id, id));
    }
}
