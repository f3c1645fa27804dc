package nl.kring.catalog;

import java.util.List;

import nl.kring.catalog.CompetenceCatalog.CompetenceName;

/** A course as the catalog shows it: enough to choose, in the user's language. */
public record CourseCard(String id, String title, String summary, List<String> languages, int minutes,
                         double accreditationPoints, List<CompetenceName> competences, int lessonCount) {
}
