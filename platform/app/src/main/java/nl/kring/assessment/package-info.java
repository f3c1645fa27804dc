/**
 * Quizzes learners take: attempts whose every answer is saved the moment it is given (a reload, a crash or a
 * restart resumes where the learner was), grading with the course kit's {@code Grader}, the review afterwards and
 * the {@link nl.kring.assessment.QuizAttemptGraded} event that competence tracking will consume.
 */
package nl.kring.assessment;
