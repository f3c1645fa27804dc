/**
 * The built-in quiz item types, each a {@link nl.kring.api.question.QuestionType} like the ones plugins add:
 * single choice, multiple response, true/false, matching, ordering, short answer and numeric. Start at
 * {@link nl.kring.coursekit.question.QuestionTypes}.
 */
package nl.kring.coursekit.question;
