/**
 * Diagrams in lessons: a plugin turns a fenced code block (e.g. {@code ```genogram}) into an SVG picture with a
 * text alternative. Start at {@link nl.kring.api.content.DiagramType}.
 *
 * @since 1.2.0
 */
package nl.kring.api.content;
