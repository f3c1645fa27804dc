package nl.kring.api.question;

import java.util.List;

import org.pf4j.ExtensionPoint;

/**
 * A quiz item type. The built-in types (single-choice, multiple-response, true-false, matching, ordering,
 * short-answer, numeric) implement this interface inside the platform; a plugin adds another one as a PF4J
 * {@code @Extension}, and courses use it with {@code type:} in a quiz file.
 *
 * <p>Kring reads the common part of every item (id, type, text, explanation, competences, lesson, source) and hands
 * the item's own keys to the type through {@link QuestionSource#yaml()}.
 *
 * <p><b>Who calls it, and when.</b> The platform calls {@link #validate} when a course is checked or installed,
 * {@link #render} when a learner opens the quiz, and {@link #grade} when an answer is checked, when the attempt is
 * submitted and when the review is shown. Every call of a plugin's type goes through a guard: whatever it throws is
 * caught, logged and shown to administrators on the Plugins page, and the item scores 0 instead of breaking the quiz.
 * Implementations must be thread-safe and keep no state between calls.
 *
 * <p>Rendering is described, not drawn: a type returns one of the platform's {@link QuestionInput} kinds, which the
 * platform shows with its own accessible components (fieldsets, labels, keyboard use) and shuffles when the quiz
 * asks for it. The learner's answer reaches {@link #grade} as a list of values in the format of that input kind.
 *
 * @since 1.1.0
 */
public interface QuestionType extends ExtensionPoint {

    /** The name quiz items use in {@code type:}, e.g. {@code likert}; lowercase, stable. */
    String type();

    /**
     * Checks the type's own keys of one item. The default accepts everything.
     *
     * @return problems with the line they concern (see {@link ItemYaml#lineOf}); empty when the item is fine
     */
    default List<QuestionProblem> validate(QuestionSource item) {
        return List.of();
    }

    /** How the learner answers, in {@code language} (a language the course declares). */
    QuestionInput render(QuestionSource item, String language);

    /**
     * Grades one answer; also called for the review, so it must give the same result for the same answer.
     *
     * @param response the learner's answer in the format of the input kind (see {@link QuestionInput}); empty when
     *                 the learner gave none
     */
    QuestionGrade grade(QuestionSource item, List<String> response, String language);
}
