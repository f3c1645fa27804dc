package nl.kring.assessment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.kring.account.CurrentUser;
import nl.kring.catalog.CatalogService;
import nl.kring.catalog.CourseCard;
import nl.kring.catalog.QuizDefinition;
import nl.kring.catalog.QuizRef;
import nl.kring.coursekit.LocalizedText;
import nl.kring.coursekit.Quiz;
import nl.kring.coursekit.QuizItem;
import nl.kring.coursekit.QuizSettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refreshers: short quizzes made for one learner from the questions they did worst on, for the competences a
 * certificate asks, instead of the whole course again. Each required competence gets its worst question first, then
 * the rest fill up by how badly they went (wrong and partly right first, then never answered); a case counts as one
 * question. A refresher is played like any quiz, with immediate feedback and no limit on attempts.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class RefresherService {

    /** At most this many questions (or cases) per refresher. */
    static final int MAX_QUESTIONS = 10;
    private static final int PASS_MARK = 60;

    private final RefresherRepository refreshers;
    private final QuizAnswerRepository answers;
    private final CatalogService catalog;
    private final CurrentUser currentUser;
    private final Clock clock;

    RefresherService(RefresherRepository refreshers, QuizAnswerRepository answers, CatalogService catalog,
                     CurrentUser currentUser, Optional<Clock> clock) {
        this.refreshers = refreshers;
        this.answers = answers;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A refresher as offered: where to play it and how many questions it has. */
    public record RefresherRef(String courseId, String courseTitle, String quizId, int questions) {

        public String path() {
            return "course/" + courseId + "/quiz/" + quizId;
        }
    }

    /**
     * Makes a refresher per installed course that has questions on these competences.
     *
     * @param competences competence ids (the levels are not used: every question on them may be asked)
     * @param title       the refresher's title per language ({@code nl}, {@code en})
     */
    @Transactional
    public List<RefresherRef> create(Set<String> competences, Map<String, String> title, Locale locale) {
        long me = currentUser.require().id();
        List<RefresherRef> made = new ArrayList<>();
        for (CourseCard course : catalog.courses(locale, Optional.empty())) {
            List<Candidate> chosen = choose(candidates(me, course.id(), competences, locale), competences);
            if (chosen.isEmpty()) {
                continue;
            }
            Refresher refresher = refreshers.save(new Refresher(me, course.id(), title.getOrDefault("nl", "Opfrisser"),
                    title.getOrDefault("en", "Refresher"), chosen.stream().map(Candidate::ref).toList(), clock.instant()));
            made.add(new RefresherRef(course.id(), course.title(), refresher.quizId(), chosen.size()));
        }
        return made;
    }

    /** A question (or case) of a quiz, how the learner last did on it, and what it covers. */
    private record Candidate(String ref, Set<String> competences, Double score) {
    }

    private List<Candidate> candidates(long userId, String courseId, Set<String> competences, Locale locale) {
        Map<String, Double> latest = new HashMap<>();
        answers.scores(userId, courseId).forEach(row -> latest.putIfAbsent(row.quizId() + "~" + row.itemId(), row.score()));
        List<Candidate> candidates = new ArrayList<>();
        for (QuizRef ref : catalog.outline(courseId, locale).map(o -> o.modules().stream().flatMap(m -> m.quizzes().stream()).toList()).orElse(List.of())) {
            catalog.quiz(courseId, ref.id(), locale).ifPresent(quiz -> {
                for (QuizItem item : quiz.quiz().items()) {
                    List<QuizItem> questions = item.isGroup() && item.group().isPool() ? item.group().items() : List.of(item);
                    for (QuizItem question : questions) {
                        Candidate candidate = candidate(quiz.quiz().id(), question, latest);
                        if (candidate.competences().stream().anyMatch(competences::contains)) {
                            candidates.add(candidate);
                        }
                    }
                }
            });
        }
        return candidates;
    }

    private static Candidate candidate(String quizId, QuizItem item, Map<String, Double> latest) {
        Set<String> covers = new LinkedHashSet<>(item.competences().keySet());
        List<Double> scores = new ArrayList<>();
        if (item.isGroup()) {
            for (QuizItem part : item.group().items()) {
                covers.addAll(part.competences().keySet());
                Optional.ofNullable(latest.get(quizId + "~" + item.id() + "/" + part.id())).ifPresent(scores::add);
            }
        } else {
            Optional.ofNullable(latest.get(quizId + "~" + item.id())).ifPresent(scores::add);
        }
        Double score = scores.isEmpty() ? null : scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return new Candidate(quizId + "~" + item.id(), covers, score);
    }

    /**
     * The worst question per competence, then the rest by how badly they went, up to {@link #MAX_QUESTIONS}; asked
     * hardest first.
     */
    private static List<Candidate> choose(List<Candidate> candidates, Set<String> competences) {
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingDouble(RefresherService::badness).reversed());
        List<Candidate> chosen = new ArrayList<>();
        for (String competence : competences) {
            ranked.stream().filter(c -> c.competences().contains(competence) && !chosen.contains(c)).findFirst()
                    .ifPresent(chosen::add);
        }
        ranked.stream().filter(c -> !chosen.contains(c) && (c.score() == null || c.score() < 1))
                .limit(Math.max(0, MAX_QUESTIONS - chosen.size())).forEach(chosen::add);
        List<Candidate> asked = new ArrayList<>(chosen.size() > MAX_QUESTIONS ? chosen.subList(0, MAX_QUESTIONS) : chosen);
        asked.sort(Comparator.comparingDouble(RefresherService::badness).reversed());
        return asked;
    }

    /** Wrong answers are worst (2 - score, above 1), never answered next (1), right answers last (below 1). */
    private static double badness(Candidate candidate) {
        if (candidate.score() == null) {
            return 1;
        }
        return candidate.score() < 1 ? 2 - candidate.score() : 0.5;
    }

    /** The refresher as a quiz, for the signed-in learner who owns it; empty for anyone else's or an unknown id. */
    @Transactional(readOnly = true)
    public Optional<QuizDefinition> definition(String courseId, String quizId, Locale locale) {
        if (!quizId.startsWith(Refresher.PREFIX)) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(quizId.substring(Refresher.PREFIX.length()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return refreshers.findByIdAndUserId(id, currentUser.require().id()).filter(r -> r.getCourseId().equals(courseId))
                .flatMap(r -> quiz(r, locale));
    }

    private Optional<QuizDefinition> quiz(Refresher refresher, Locale locale) {
        List<QuizItem> items = new ArrayList<>();
        QuizDefinition first = null;
        for (String ref : refresher.itemRefs()) {
            String quizId = ref.substring(0, ref.indexOf('~'));
            String itemId = ref.substring(ref.indexOf('~') + 1);
            Optional<QuizDefinition> source = catalog.quiz(refresher.getCourseId(), quizId, locale);
            if (source.isEmpty()) {
                continue;
            }
            first = first == null ? source.get() : first;
            find(source.get().quiz(), itemId).ifPresent(item -> items.add(new QuizItem(ref, item.type(), item.text(),
                    item.explanation(), item.competences(), item.lesson(), item.sources(), item.yaml(), item.group())));
        }
        if (first == null || items.isEmpty()) {
            return Optional.empty();
        }
        Quiz quiz = new Quiz(refresher.quizId(), "", new LocalizedText(Map.of("nl", refresher.title("nl"), "en", refresher.title("en"))),
                first.quiz().module(), 0, PASS_MARK, new QuizSettings(0, false, false, QuizSettings.Feedback.IMMEDIATELY, 0), items);
        return Optional.of(new QuizDefinition(first.courseId(), first.courseVersion(), first.courseTitle(), first.language(),
                first.languages(), quiz));
    }

    /** A top-level item, or a question inside one of the quiz's pools. */
    private static Optional<QuizItem> find(Quiz quiz, String itemId) {
        for (QuizItem item : quiz.items()) {
            if (item.id().equals(itemId)) {
                return Optional.of(item);
            }
            if (item.isGroup() && item.group().isPool()) {
                Optional<QuizItem> pooled = item.group().items().stream().filter(i -> i.id().equals(itemId)).findFirst();
                if (pooled.isPresent()) {
                    return pooled;
                }
            }
        }
        return Optional.empty();
    }
}
