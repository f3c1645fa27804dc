package nl.kring.testplugin;

import java.util.List;

import nl.kring.api.question.QuestionGrade;
import nl.kring.api.question.QuestionInput;
import nl.kring.api.question.QuestionProblem;
import nl.kring.api.question.QuestionSource;
import nl.kring.api.question.QuestionType;
import org.pf4j.Extension;

/** Item type {@code throwing-question}: fails in every hook, as a buggy plugin might. */
@Extension
public class ThrowingQuestionType implements QuestionType {

    @Override
    public String type() {
        return "throwing-question";
    }

    @Override
    public List<QuestionProblem> validate(QuestionSource item) {
        throw new IllegalStateException("validate always fails in this test plugin");
    }

    @Override
    public QuestionInput render(QuestionSource item, String language) {
        throw new IllegalStateException("render always fails in this test plugin");
    }

    @Override
    public QuestionGrade grade(QuestionSource item, List<String> response, String language) {
        throw new IllegalStateException("grade always fails in this test plugin");
    }
}
