package nl.kring.assessment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.kring.account.CurrentUser;
import nl.kring.catalog.CatalogService;
import nl.kring.catalog.QuizDefinition;
import nl.kring.coursekit.Grade;
import nl.kring.coursekit.Grader;
import nl.kring.coursekit.QuizSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in learner's quiz attempts. Every answer is written the moment it is given, so a reload, a lost
 * connection or a server restart resumes the attempt; starting twice (two tabs) gives the same open attempt, and
 * submitting twice grades once.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class QuizService {

    private final QuizAttemptRepository attempts;
    private final QuizAnswerRepository answers;
    private final CatalogService catalog;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QuizService(QuizAttemptRepository attempts, QuizAnswerRepository answers, CatalogService catalog,
                CurrentUser currentUser, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.attempts = attempts;
        this.answers = answers;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The open attempt, or a new one when there is none. Calling it twice never makes two attempts. */
    @Transactional
    public QuizSession startOrResume(String courseId, String quizId, Locale locale) {
        QuizDefinition quiz = definition(courseId, quizId, locale);
        long userId = userId();
        List<QuizAttempt> existing = attempts.findByUserIdAndCourseIdAndQuizIdOrderByAttemptNumberDesc(userId, courseId, quizId);
        if (!existing.isEmpty() && !existing.get(0).isSubmitted()) {
            return session(existing.get(0), quiz);
        }
        int allowed = quiz.quiz().settings().attempts();
        if (allowed > 0 && existing.size() >= allowed) {
            throw new NoAttemptsLeftException(allowed);
        }
        int number = existing.isEmpty() ? 1 : existing.get(0).getAttemptNumber() + 1;
        try {
            QuizAttempt attempt = attempts.saveAndFlush(new QuizAttempt(userId, courseId, quizId, quiz.courseVersion(), number,
                    clock.instant()));
            return session(attempt, quiz);
        } catch (DataIntegrityViolationException raced) {
            throw new ConcurrentStartException();
        }
    }

    /** Thrown when another tab started the same attempt at the same moment; calling again resumes that attempt. */
    public static class ConcurrentStartException extends RuntimeException {
        ConcurrentStartException() {
            super("an attempt was started at the same moment; open the quiz again to continue it");
        }
    }

    /** Thrown when the learner used every attempt the quiz allows. */
    public static class NoAttemptsLeftException extends RuntimeException {
        NoAttemptsLeftException(int allowed) {
            super("all " + allowed + " attempts are used");
        }
    }

    /** The learner's graded attempts, newest first. */
    @Transactional(readOnly = true)
    public List<QuizResult> results(String courseId, String quizId, Locale locale) {
        QuizDefinition quiz = definition(courseId, quizId, locale);
        List<QuizResult> results = new ArrayList<>();
        List<QuizAttempt> all = attempts.findByUserIdAndCourseIdAndQuizIdOrderByAttemptNumberDesc(userId(), courseId, quizId);
        for (QuizAttempt attempt : all) {
            if (attempt.isSubmitted() && attempt.getScore() != null) {
                results.add(result(attempt, quiz, all));
            }
        }
        return results;
    }

    /** Whether there is an attempt the learner has not submitted yet. */
    @Transactional(readOnly = true)
    public boolean hasOpenAttempt(String courseId, String quizId) {
        List<QuizAttempt> existing = attempts.findByUserIdAndCourseIdAndQuizIdOrderByAttemptNumberDesc(userId(), courseId, quizId);
        return !existing.isEmpty() && !existing.get(0).isSubmitted();
    }

    /**
     * Saves one answer at once, replacing an earlier answer to the same item.
     *
     * @throws IllegalStateException when the attempt was submitted already (e.g. in another tab)
     */
    @Transactional
    public void saveAnswer(long attemptId, String itemId, List<String> values) {
        QuizAttempt attempt = owned(attemptId);
        if (attempt.isSubmitted()) {
            throw new IllegalStateException("this attempt was submitted already");
        }
        QuizAnswer answer = answers.findByAttemptIdAndItemId(attemptId, itemId).orElseGet(() -> new QuizAnswer(attemptId, itemId));
        answer.answer(values, clock.instant());
        answers.save(answer);
    }

    /** Grades the attempt once; a second submit (another tab, a double click) returns the same result. */
    @Transactional
    public QuizResult submit(long attemptId, Locale locale) {
        QuizAttempt attempt = owned(attemptId);
        QuizDefinition quiz = definition(attempt.getCourseId(), attempt.getQuizId(), locale);
        if (attempts.claimSubmission(attemptId, clock.instant()) == 0) {
            return result(owned(attemptId), quiz);
        }
        attempt = owned(attemptId);
        Map<String, QuizAnswer> given = new HashMap<>();
        answers.findByAttemptId(attemptId).forEach(a -> given.put(a.getItemId(), a));
        List<QuizAttemptGraded.ItemScore> scores = new ArrayList<>();
        double total = 0;
        for (QuizDefinition.Leaf leaf : quiz.leaves()) {
            QuizAnswer answer = given.get(leaf.id());
            Grade grade = Grader.grade(leaf.item(), answer == null ? List.of() : answer.values(), quiz.language());
            if (answer != null) {
                answer.setScore(grade.score());
            }
            scores.add(new QuizAttemptGraded.ItemScore(leaf.id(), grade.score(), leaf.item().competences()));
            total += grade.score();
        }
        double score = quiz.leaves().isEmpty() ? 0 : total / quiz.leaves().size();
        boolean passed = score * 100 + 1e-9 >= quiz.quiz().passMark();
        attempt.submit(score, passed, attempt.getSubmittedAt());
        attempts.save(attempt);
        events.publishEvent(new QuizAttemptGraded(attempt.getUserId(), attempt.getCourseId(), attempt.getQuizId(),
                attempt.getCourseVersion(), attemptId, score, passed, scores, attempt.getSubmittedAt()));
        return result(attempt, quiz);
    }

    private QuizSession session(QuizAttempt attempt, QuizDefinition quiz) {
        return new QuizSession(attempt.getId(), attempt.getAttemptNumber(), quiz, answersOf(attempt.getId()));
    }

    private QuizResult result(QuizAttempt attempt, QuizDefinition quiz) {
        return result(attempt, quiz, attempts.findByUserIdAndCourseIdAndQuizIdOrderByAttemptNumberDesc(attempt.getUserId(),
                attempt.getCourseId(), attempt.getQuizId()));
    }

    /** @param all every attempt of this learner at this quiz (for the attempts left and whether the key may show) */
    private QuizResult result(QuizAttempt attempt, QuizDefinition quiz, List<QuizAttempt> all) {
        Map<String, Double> itemScores = new HashMap<>();
        answers.findByAttemptId(attempt.getId()).stream().filter(a -> a.getScore() != null)
                .forEach(a -> itemScores.put(a.getItemId(), a.getScore()));
        QuizSettings settings = quiz.quiz().settings();
        int left = settings.attempts() == 0 ? -1 : Math.max(0, settings.attempts() - all.size());
        boolean passed = Boolean.TRUE.equals(attempt.getPassed());
        boolean passedAny = all.stream().anyMatch(a -> Boolean.TRUE.equals(a.getPassed()));
        boolean showKey = settings.feedback() == QuizSettings.Feedback.AFTER_SUBMIT || passedAny || left == 0;
        return new QuizResult(attempt.getId(), attempt.getAttemptNumber(), attempt.getScore() == null ? 0 : attempt.getScore(),
                passed, quiz, answersOf(attempt.getId()), itemScores, showKey, left);
    }

    private Map<String, List<String>> answersOf(long attemptId) {
        Map<String, List<String>> values = new HashMap<>();
        answers.findByAttemptId(attemptId).forEach(a -> values.put(a.getItemId(), a.values()));
        return values;
    }

    private QuizAttempt owned(long attemptId) {
        return attempts.findByIdAndUserId(attemptId, userId())
                .orElseThrow(() -> new IllegalArgumentException("no attempt " + attemptId + " of this learner"));
    }

    private QuizDefinition definition(String courseId, String quizId, Locale locale) {
        return catalog.quiz(courseId, quizId, locale)
                .orElseThrow(() -> new IllegalArgumentException("no quiz " + quizId + " in course " + courseId));
    }

    private long userId() {
        return currentUser.require().id();
    }
}
