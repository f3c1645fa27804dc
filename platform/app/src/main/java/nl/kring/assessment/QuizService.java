package nl.kring.assessment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.security.SecureRandom;
import java.util.Random;

import nl.kring.account.CurrentUser;
import nl.kring.api.question.QuestionGrade;
import nl.kring.catalog.CatalogService;
import nl.kring.catalog.QuizDefinition;
import nl.kring.coursekit.QuizLeaf;
import nl.kring.coursekit.QuizSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in learner's quiz attempts. Every answer is written the moment it is given, so a reload, a lost
 * connection or a server restart resumes the attempt; starting twice (two tabs) gives the same open attempt, and
 * submitting twice grades once. Time limits are kept by the server: answers after the deadline are refused and an
 * attempt whose time is up is graded with the answers given in time.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class QuizService {

    /** An answer sent just before the deadline may arrive a little after it. */
    static final Duration GRACE = Duration.ofSeconds(10);
    private static final Random SEEDS = new SecureRandom();

    private final QuizAttemptRepository attempts;
    private final QuizAnswerRepository answers;
    private final CatalogService catalog;
    private final AttemptQuestions questions;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RefresherService refreshers;

    QuizService(QuizAttemptRepository attempts, QuizAnswerRepository answers, CatalogService catalog,
                AttemptQuestions questions, CurrentUser currentUser, ApplicationEventPublisher events,
                Optional<Clock> clock, RefresherService refreshers) {
        this.refreshers = refreshers;
        this.attempts = attempts;
        this.answers = answers;
        this.catalog = catalog;
        this.questions = questions;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * The open attempt, or a new one when there is none: it draws its questions from the pools and fixes their order
     * and, with a time limit, its deadline. Calling it twice never makes two attempts.
     */
    @Transactional
    public QuizSession startOrResume(String courseId, String quizId, Locale locale) {
        QuizDefinition quiz = definition(courseId, quizId, locale);
        long userId = userId();
        closeIfTimeIsUp(courseId, quizId, locale);
        List<QuizAttempt> existing = attempts.findByUserIdAndCourseIdAndQuizIdOrderByAttemptNumberDesc(userId, courseId, quizId);
        if (!existing.isEmpty() && !existing.get(0).isSubmitted()) {
            return session(existing.get(0), quiz);
        }
        QuizSettings settings = quiz.quiz().settings();
        if (settings.attempts() > 0 && existing.size() >= settings.attempts()) {
            throw new NoAttemptsLeftException(settings.attempts());
        }
        int number = existing.isEmpty() ? 1 : existing.get(0).getAttemptNumber() + 1;
        Instant now = clock.instant();
        List<String> drawn = quiz.quiz().draw(new Random(SEEDS.nextLong())).stream().map(QuizLeaf::id).toList();
        Instant deadline = settings.hasTimeLimit() ? now.plus(Duration.ofMinutes(settings.timeLimitMinutes())) : null;
        try {
            QuizAttempt attempt = attempts.saveAndFlush(new QuizAttempt(userId, courseId, quizId, quiz.courseVersion(), number,
                    now, drawn, deadline));
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

    /** Thrown when an answer arrives after the attempt's time was up; the attempt is then graded. */
    public static class TimeUpException extends RuntimeException {
        TimeUpException() {
            super("the time for this attempt is up");
        }
    }

    /**
     * Grades the learner's open attempt at this quiz if its time is up (the learner closed the browser, or the page
     * could not tell the server in time).
     *
     * @return the result of the attempt this closed, if any
     */
    @Transactional
    public Optional<QuizResult> closeIfTimeIsUp(String courseId, String quizId, Locale locale) {
        List<QuizAttempt> existing = attempts.findByUserIdAndCourseIdAndQuizIdOrderByAttemptNumberDesc(userId(), courseId, quizId);
        if (existing.isEmpty() || existing.get(0).isSubmitted() || !existing.get(0).isTimeUp(clock.instant(), Duration.ZERO)) {
            return Optional.empty();
        }
        return Optional.of(submit(existing.get(0).getId(), locale));
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
     * @throws IllegalStateException when the attempt was submitted already (e.g. in another tab), or the answer was
     *                               checked and is final
     * @throws TimeUpException       when the attempt's time is up
     */
    @Transactional(noRollbackFor = TimeUpException.class)
    public void saveAnswer(long attemptId, String itemId, List<String> values) {
        writableAnswer(attemptId, itemId, values);
    }

    /**
     * Saves and grades one answer of a quiz with immediate feedback; the answer is final from then on.
     *
     * @return the question with its score, key and feedback
     */
    @Transactional(noRollbackFor = TimeUpException.class)
    public QuizQuestion check(long attemptId, String itemId, List<String> values, Locale locale) {
        QuizAnswer answer = writableAnswer(attemptId, itemId, values);
        QuizAttempt attempt = owned(attemptId);
        QuizDefinition quiz = definition(attempt.getCourseId(), attempt.getQuizId(), locale);
        if (quiz.quiz().settings().feedback() != QuizSettings.Feedback.IMMEDIATELY) {
            throw new IllegalStateException("this quiz shows feedback after submitting, not per item");
        }
        QuizLeaf leaf = leaf(attempt, quiz, itemId);
        QuestionGrade grade = questions.grade(quiz, leaf, answer.values());
        answer.setScore(grade.score());
        answers.save(answer);
        return questions.questions(attempt, quiz, Map.of(itemId, answer.values()), Map.of(itemId, grade.score()), true).stream()
                .filter(q -> q.leaf().id().equals(itemId)).findFirst().orElseThrow();
    }

    /** Grades the attempt once; a second submit (another tab, a double click) returns the same result. */
    @Transactional
    public QuizResult submit(long attemptId, Locale locale) {
        QuizAttempt attempt = owned(attemptId);
        QuizDefinition quiz = definition(attempt.getCourseId(), attempt.getQuizId(), locale);
        Instant now = clock.instant();
        Instant at = attempt.getDeadline().filter(now::isAfter).orElse(now);
        if (attempts.claimSubmission(attemptId, at) == 0) {
            return result(owned(attemptId), quiz);
        }
        attempt = owned(attemptId);
        Map<String, QuizAnswer> given = new HashMap<>();
        answers.findByAttemptId(attemptId).forEach(a -> given.put(a.getItemId(), a));
        List<QuizAttemptGraded.ItemScore> scores = new ArrayList<>();
        List<QuizLeaf> asked = questions.leaves(attempt, quiz);
        double total = 0;
        for (QuizLeaf leaf : asked) {
            QuizAnswer answer = given.get(leaf.id());
            double score = questions.grade(quiz, leaf, answer == null ? List.of() : answer.values()).score();
            if (answer != null) {
                answer.setScore(score);
            }
            scores.add(new QuizAttemptGraded.ItemScore(leaf.id(), score, leaf.item().competences()));
            total += score;
        }
        double score = asked.isEmpty() ? 0 : total / asked.size();
        boolean passed = score * 100 + 1e-9 >= quiz.quiz().passMark();
        attempt.submit(score, passed, attempt.getSubmittedAt());
        attempts.save(attempt);
        events.publishEvent(new QuizAttemptGraded(attempt.getUserId(), attempt.getCourseId(), attempt.getQuizId(),
                attempt.getCourseVersion(), attemptId, score, passed, scores, attempt.getSubmittedAt()));
        return result(attempt, quiz);
    }

    private QuizAnswer writableAnswer(long attemptId, String itemId, List<String> values) {
        QuizAttempt attempt = owned(attemptId);
        if (attempt.isSubmitted()) {
            throw new IllegalStateException("this attempt was submitted already");
        }
        if (attempt.isTimeUp(clock.instant(), GRACE)) {
            throw new TimeUpException();
        }
        if (!attempt.getItemOrder().isEmpty() && !attempt.getItemOrder().contains(itemId)) {
            throw new IllegalArgumentException("item " + itemId + " is not part of this attempt");
        }
        QuizAnswer answer = answers.findByAttemptIdAndItemId(attemptId, itemId).orElseGet(() -> new QuizAnswer(attemptId, itemId));
        if (answer.getScore() != null) {
            throw new IllegalStateException("this answer was checked and is final");
        }
        answer.answer(values, clock.instant());
        return answers.save(answer);
    }

    private QuizSession session(QuizAttempt attempt, QuizDefinition quiz) {
        Map<String, List<String>> given = new HashMap<>();
        Map<String, Double> checked = new HashMap<>();
        answers.findByAttemptId(attempt.getId()).forEach(a -> {
            given.put(a.getItemId(), a.values());
            if (a.getScore() != null) {
                checked.put(a.getItemId(), a.getScore());
            }
        });
        return new QuizSession(attempt.getId(), attempt.getAttemptNumber(), quiz,
                questions.questions(attempt, quiz, given, checked, true), attempt.getDeadline());
    }

    private QuizResult result(QuizAttempt attempt, QuizDefinition quiz) {
        return result(attempt, quiz, attempts.findByUserIdAndCourseIdAndQuizIdOrderByAttemptNumberDesc(attempt.getUserId(),
                attempt.getCourseId(), attempt.getQuizId()));
    }

    /** @param all every attempt of this learner at this quiz (for the attempts left and whether the key may show) */
    private QuizResult result(QuizAttempt attempt, QuizDefinition quiz, List<QuizAttempt> all) {
        Map<String, List<String>> given = new HashMap<>();
        Map<String, Double> scores = new HashMap<>();
        answers.findByAttemptId(attempt.getId()).forEach(a -> {
            given.put(a.getItemId(), a.values());
            scores.put(a.getItemId(), a.getScore() == null ? 0.0 : a.getScore());
        });
        QuizSettings settings = quiz.quiz().settings();
        int left = settings.attempts() == 0 ? -1 : Math.max(0, settings.attempts() - all.size());
        boolean passedAny = all.stream().anyMatch(a -> Boolean.TRUE.equals(a.getPassed()));
        boolean showKey = settings.feedback() != QuizSettings.Feedback.AFTER_LAST_ATTEMPT || passedAny || left == 0;
        List<QuizQuestion> asked = questions.questions(attempt, quiz, given, withUnanswered(attempt, quiz, scores), showKey);
        boolean timeUp = attempt.getDeadline().map(d -> !attempt.getSubmittedAt().isBefore(d)).orElse(false);
        return new QuizResult(attempt.getId(), attempt.getAttemptNumber(), attempt.getScore() == null ? 0 : attempt.getScore(),
                Boolean.TRUE.equals(attempt.getPassed()), quiz, asked, showKey, left, timeUp);
    }

    /** After grading every asked question has a score; one left unanswered scored 0. */
    private Map<String, Double> withUnanswered(QuizAttempt attempt, QuizDefinition quiz, Map<String, Double> scores) {
        Map<String, Double> all = new HashMap<>(scores);
        questions.leaves(attempt, quiz).forEach(leaf -> all.putIfAbsent(leaf.id(), 0.0));
        return all;
    }

    private QuizLeaf leaf(QuizAttempt attempt, QuizDefinition quiz, String itemId) {
        return questions.leaves(attempt, quiz).stream().filter(l -> l.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no item " + itemId + " in this attempt"));
    }

    private QuizAttempt owned(long attemptId) {
        return attempts.findByIdAndUserId(attemptId, userId())
                .orElseThrow(() -> new IllegalArgumentException("no attempt " + attemptId + " of this learner"));
    }

    private QuizDefinition definition(String courseId, String quizId, Locale locale) {
        return find(courseId, quizId, locale)
                .orElseThrow(() -> new IllegalArgumentException("no quiz " + quizId + " in course " + courseId));
    }

    /** A quiz of the course, or one of the signed-in learner's refreshers in it. */
    @Transactional(readOnly = true)
    public Optional<QuizDefinition> find(String courseId, String quizId, Locale locale) {
        return quizId.startsWith(Refresher.PREFIX) ? refreshers.definition(courseId, quizId, locale)
                : catalog.quiz(courseId, quizId, locale);
    }

    private long userId() {
        return currentUser.require().id();
    }
}
