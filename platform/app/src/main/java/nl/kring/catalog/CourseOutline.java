package nl.kring.catalog;

import java.util.List;

import nl.kring.catalog.CompetenceCatalog.CompetenceName;

/** A course with its modules and lessons in order, in the user's language. */
public record CourseOutline(String id, String version, String title, String summary, String language,
                            List<String> languages, int minutes, double accreditationPoints,
                            List<CompetenceName> competences, List<Module> modules, List<String> sources) {

    public record Module(String id, String title, List<LessonRef> lessons, List<ActivityRef> activities,
                         List<QuizRef> quizzes) {
    }

    /** Every lesson of the course in reading order. */
    public List<LessonRef> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream()).toList();
    }
}
