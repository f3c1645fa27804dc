package nl.kring.coursekit.question;

import java.util.List;
import java.util.Optional;

/** The question types every Kring platform has; plugins add more (see {@link nl.kring.api.question.QuestionType}). */
public final class QuestionTypes {

    private static final List<BuiltInQuestionType> BUILT_IN = List.of(new ChoiceQuestion(false), new ChoiceQuestion(true),
            new TrueFalseQuestion(), new MatchingQuestion(), new OrderingQuestion(), new ShortAnswerQuestion(),
            new NumericQuestion());

    private QuestionTypes() {
    }

    public static List<BuiltInQuestionType> builtIn() {
        return BUILT_IN;
    }

    public static Optional<BuiltInQuestionType> builtIn(String type) {
        return BUILT_IN.stream().filter(t -> t.type().equals(type)).findFirst();
    }
}
