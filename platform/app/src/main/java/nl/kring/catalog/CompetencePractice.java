package nl.kring.catalog;

/**
 * A quiz or an activity of an installed course that gives evidence for a competence, e.g. to suggest what a learner
 * can do next.
 *
 * @param level the highest level it gives evidence for (for a quiz: over its items on the competence)
 * @param path  where it opens, e.g. {@code course/naasten-betrekken/quiz/toets}
 */
public record CompetencePractice(String courseId, String courseTitle, Kind kind, String id, String title, int level,
                                 String activityType, String path) {

    public enum Kind {
        QUIZ, ACTIVITY
    }
}
