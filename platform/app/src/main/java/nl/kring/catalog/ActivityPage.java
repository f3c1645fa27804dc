package nl.kring.catalog;

import java.util.Optional;

import nl.kring.api.activity.ActivityView;

/**
 * An activity ready to show.
 *
 * @param view empty when the activity's plugin is missing or failed: the page then says so for this activity only
 */
public record ActivityPage(String courseId, String courseTitle, String activityId, String title, String language,
                           Optional<ActivityView> view) {
}
