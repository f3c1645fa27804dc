/**
 * Quizzes learners take: attempts whose every answer is saved the moment it is given (a reload, a crash or a
 * restart resumes where the learner was, with the questions the attempt drew and its deadline), grading through
 * each item's {@link nl.kring.api.question.QuestionType}, immediate feedback or the review afterwards, the
 * {@link nl.kring.assessment.QuizAttemptGraded} event that competence tracking will consume, and the quiz and item
 * statistics trainers read ({@link nl.kring.assessment.QuizStatisticsService}).
 */
package nl.kring.assessment;
