package nl.kring.catalog;

import java.util.List;

import nl.kring.api.question.QuestionSource;
import nl.kring.coursekit.LocalizedText;
import nl.kring.coursekit.Quiz;
import nl.kring.coursekit.QuizLeaf;

/**
 * A quiz of an installed course, with what is needed to show and grade it in the user's language.
 *
 * @param courseVersion the installed course version, recorded with every attempt
 * @param language      the language shown (the user's, when the course has it)
 * @param languages     the course's languages, the default first
 */
public record QuizDefinition(String courseId, String courseVersion, String courseTitle, String language,
                             List<String> languages, Quiz quiz) {

    public QuizDefinition {
        languages = List.copyOf(languages);
    }

    /** Every question of the quiz in the order written, case items as {@code case-id/item-id}. */
    public List<QuizLeaf> leaves() {
        return quiz.leaves();
    }

    /** A question as its question type reads it. */
    public QuestionSource source(QuizLeaf leaf) {
        return new QuestionSource(courseId, courseVersion, quiz.id(), leaf.id(), leaf.item().yaml(), languages);
    }

    public String defaultLanguage() {
        return languages.get(0);
    }

    /** A text in the shown language. */
    public String text(LocalizedText text) {
        return text.in(language, defaultLanguage());
    }
}
