package nl.kring.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.kring.catalog.QuizDefinition;

/**
 * An open attempt: the quiz, the questions it asks in the order shown with the answers given so far, and when the
 * time is up if the quiz has a time limit.
 */
public record QuizSession(long attemptId, int attemptNumber, QuizDefinition quiz, List<QuizQuestion> questions,
                          Optional<Instant> deadline) {

    public QuizSession {
        questions = List.copyOf(questions);
    }
}
