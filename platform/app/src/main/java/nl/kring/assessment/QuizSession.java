package nl.kring.assessment;

import java.util.List;
import java.util.Map;

import nl.kring.catalog.QuizDefinition;

/** An open attempt: the quiz and the answers given so far, by item id. */
public record QuizSession(long attemptId, int attemptNumber, QuizDefinition quiz, Map<String, List<String>> answers) {

    public QuizSession {
        answers = Map.copyOf(answers);
    }
}
