/**
 * The quiz question extension point: item types (hotspot, likert, …) that plugins add next to the built-in ones.
 * Start at {@link nl.kring.api.question.QuestionType}.
 *
 * @since 1.1.0
 */
package nl.kring.api.question;
