package nl.kring.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.kring.api.question.QuestionInput;
import nl.kring.base.Roles;
import nl.kring.catalog.CatalogService;
import nl.kring.catalog.QuizDefinition;
import nl.kring.coursekit.QuizLeaf;
import nl.kring.plugin.QuestionRunner;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quiz and item statistics for trainers, as Moodle's quiz statistics report: attempts, facility, discrimination,
 * response distribution and items that misbehave. Reads every graded attempt in two queries.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
public class QuizStatisticsService {

    private final StatisticsRows rows;
    private final CatalogService catalog;
    private final QuestionRunner questions;

    QuizStatisticsService(StatisticsRows rows, CatalogService catalog, QuestionRunner questions) {
        this.rows = rows;
        this.catalog = catalog;
        this.questions = questions;
    }

    /**
     * @param firstAttemptsOnly count only each learner's first graded attempt (later attempts are shaped by the
     *                          feedback of earlier ones)
     * @return empty when the quiz is not installed
     */
    @Transactional(readOnly = true)
    public Optional<QuizReport> report(String courseId, String quizId, boolean firstAttemptsOnly, Locale locale) {
        return catalog.quiz(courseId, quizId, locale).map(quiz -> {
            QuizStatistics statistics = QuizStatistics.of(attempts(quiz, firstAttemptsOnly));
            List<QuizReport.Item> items = new ArrayList<>();
            for (QuizLeaf leaf : quiz.leaves()) {
                Set<String> right = questions.grade(leaf.item().type(), quiz.source(leaf), List.of(), quiz.language())
                        .map(grade -> Set.copyOf(grade.rightResponse())).orElse(Set.of());
                items.add(new QuizReport.Item(leaf, statistics.item(leaf.id()).orElse(null), labels(quiz, leaf), right));
            }
            return new QuizReport(quiz, firstAttemptsOnly, statistics, items);
        });
    }

    /** The graded attempts as the calculator takes them: per attempt the questions it asked, each with its score. */
    List<GradedAttempt> attempts(QuizDefinition quiz, boolean firstAttemptsOnly) {
        String courseId = quiz.courseId();
        String quizId = quiz.quiz().id();
        Map<Long, Map<String, StatisticsRows.AnswerRow>> answers = new HashMap<>();
        for (StatisticsRows.AnswerRow answer : rows.answers(courseId, quizId)) {
            answers.computeIfAbsent(answer.attemptId(), id -> new HashMap<>()).put(answer.itemId(), answer);
        }
        List<String> allItems = quiz.leaves().stream().map(QuizLeaf::id).toList();
        Set<String> known = new HashSet<>(allItems);
        Set<Long> counted = new HashSet<>();
        List<GradedAttempt> attempts = new ArrayList<>();
        for (StatisticsRows.AttemptRow attempt : rows.gradedAttempts(courseId, quizId)) {
            if (firstAttemptsOnly && !counted.add(attempt.userId())) {
                continue;
            }
            List<String> asked = attempt.itemOrder() == null || attempt.itemOrder().isEmpty() ? allItems
                    : List.of(attempt.itemOrder().split(","));
            Map<String, StatisticsRows.AnswerRow> given = answers.getOrDefault(attempt.attemptId(), Map.of());
            List<ItemResponse> responses = new ArrayList<>();
            for (String itemId : asked) {
                if (!known.contains(itemId)) {
                    continue;
                }
                StatisticsRows.AnswerRow answer = given.get(itemId);
                responses.add(answer == null ? new ItemResponse(itemId, 0, List.of())
                        : new ItemResponse(itemId, answer.score() == null ? 0 : answer.score(), QuizAnswer.split(answer.response())));
            }
            if (!responses.isEmpty()) {
                attempts.add(new GradedAttempt(attempt.attemptId(), responses));
            }
        }
        return attempts;
    }

    private Map<String, String> labels(QuizDefinition quiz, QuizLeaf leaf) {
        Map<String, String> labels = new LinkedHashMap<>();
        questions.render(leaf.item().type(), quiz.source(leaf), quiz.language()).ifPresent(input -> {
            if (input instanceof QuestionInput.Choice choice) {
                choice.options().forEach(o -> labels.put(o.id(), o.label()));
            } else if (input instanceof QuestionInput.Order order) {
                order.steps().forEach(o -> labels.put(o.id(), o.label()));
            } else if (input instanceof QuestionInput.Match match) {
                match.prompts().forEach(p -> match.answers().forEach(a -> labels.put(p.id() + "=" + a.id(),
                        p.label() + " → " + a.label())));
            }
        });
        return labels;
    }
}
