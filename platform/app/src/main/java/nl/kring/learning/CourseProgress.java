package nl.kring.learning;

import java.util.Set;

/** How far a learner is in a course: lessons done out of the lessons the installed version has. */
public record CourseProgress(Set<String> doneLessonIds, int total) {

    public CourseProgress {
        doneLessonIds = Set.copyOf(doneLessonIds);
    }

    public int done() {
        return doneLessonIds.size();
    }

    /** Between 0 and 1. */
    public double fraction() {
        return total == 0 ? 0 : Math.min(1.0, (double) done() / total);
    }

    public int percent() {
        return (int) Math.round(fraction() * 100);
    }

    public boolean isDone(String lessonId) {
        return doneLessonIds.contains(lessonId);
    }

    public boolean complete() {
        return total > 0 && done() >= total;
    }
}
