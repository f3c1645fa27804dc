/**
 * Competence evidence and levels: every graded quiz, finished activity, observed performance and trainer assessment
 * becomes evidence; the level rules (data, {@code competence-levels.yaml}) turn it into a level per competence after
 * Miller's pyramid; learners see their competences, the evidence behind each level and what to do next.
 */
package nl.kring.competence;
