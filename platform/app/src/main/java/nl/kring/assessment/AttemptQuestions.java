package nl.kring.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.kring.api.question.QuestionGrade;
import nl.kring.catalog.QuizDefinition;
import nl.kring.coursekit.QuizLeaf;
import nl.kring.plugin.QuestionRunner;
import org.springframework.stereotype.Component;

/** The questions of one attempt: which were asked, how each is answered, and how each answer grades. */
@Component
class AttemptQuestions {

    private final QuestionRunner runner;

    AttemptQuestions(QuestionRunner runner) {
        this.runner = runner;
    }

    /**
     * The questions the attempt asks, in the order shown. An attempt keeps its questions across course upgrades;
     * a question a newer version removed is left out.
     */
    List<QuizLeaf> leaves(QuizAttempt attempt, QuizDefinition quiz) {
        List<String> order = attempt.getItemOrder();
        if (order.isEmpty()) {
            return quiz.leaves();
        }
        Map<String, QuizLeaf> byId = new HashMap<>();
        quiz.leaves().forEach(leaf -> byId.put(leaf.id(), leaf));
        return order.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The grade of an answer; a question whose plugin is missing or fails scores 0 (the failure is recorded). */
    QuestionGrade grade(QuizDefinition quiz, QuizLeaf leaf, List<String> answer) {
        return runner.grade(leaf.item().type(), quiz.source(leaf), answer, quiz.language())
                .orElseGet(() -> new QuestionGrade(0, List.of(), "", Map.of()));
    }

    /**
     * The questions with their inputs and answers.
     *
     * @param scores   graded scores by leaf id (checked answers, or all after submitting)
     * @param withKey  whether to include the key and feedback: for every graded question, or only for checked ones
     */
    List<QuizQuestion> questions(QuizAttempt attempt, QuizDefinition quiz, Map<String, List<String>> answers,
                                 Map<String, Double> scores, boolean withKey) {
        List<QuizQuestion> questions = new ArrayList<>();
        int number = 0;
        for (QuizLeaf leaf : leaves(attempt, quiz)) {
            List<String> answer = answers.getOrDefault(leaf.id(), List.of());
            Double score = scores.get(leaf.id());
            Optional<QuestionGrade> feedback = withKey && score != null ? Optional.of(grade(quiz, leaf, answer)) : Optional.empty();
            questions.add(new QuizQuestion(++number, leaf, runner.render(leaf.item().type(), quiz.source(leaf), quiz.language()),
                    answer, score, feedback));
        }
        return questions;
    }
}
