package nl.kring.catalog;

import java.util.Map;
import java.util.Optional;

import nl.kring.api.activity.ActivityView;

/**
 * An activity ready to show.
 *
 * @param courseVersion the installed version of the course, recorded with progress
 * @param competences   the competences the activity gives evidence for, with the level
 * @param stepwise      whether it unfolds in steps (a role-play); then {@code view} is empty and the page plays it
 * @param view          empty when the activity's plugin is missing or failed (or the activity is stepwise): the page
 *                      then says so for this activity only
 */
public record ActivityPage(String courseId, String courseVersion, String courseTitle, String activityId, String title,
                           String language, Map<String, Integer> competences, boolean stepwise,
                           Optional<ActivityView> view) {

    public ActivityPage {
        competences = Map.copyOf(competences);
    }
}
