/**
 * A learner's own learning: enrolments, lessons marked as done (saved at once, keyed by stable ids and the
 * course version they were done in), progress per course, and the course, lesson and "my learning" pages.
 */
package nl.kring.learning;
