package nl.kring.coursekit;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the common envelope of {@code activities/<name>.yaml} (id, type, title, place, competences) and checks
 * that an installed activity-type plugin handles the type. The type's own keys are the plugin's to check.
 */
final class ActivityReader {

    private final CourseDescriptor course;
    private final CompetenceFramework competences;
    private final Set<String> activityTypes;
    private final List<Problem> problems;

    ActivityReader(CourseDescriptor course, CompetenceFramework competences, Set<String> activityTypes,
                   List<Problem> problems) {
        this.course = course;
        this.competences = competences;
        this.activityTypes = activityTypes;
        this.problems = problems;
    }

    List<Activity> read(CourseFiles files, List<String> paths) throws IOException {
        return YamlMap.readEach(files, paths, "activities", problems, (path, yaml) -> Optional.of(activity(path, yaml)));
    }

    private Activity activity(String path, YamlMap yaml) {
        String id = Ids.requireSlug(yaml, "id", "activity", problems);
        String type = yaml.requiredString("type", "the activity type, e.g. role-play or genogram");
        if (!type.isEmpty() && !activityTypes.contains(type)) {
            problems.add(new Problem(path, yaml.lineOf("type"), "unknown activity type '" + type + "'",
                    activityTypes.isEmpty() ? "no activity-type plugin is installed that could run it"
                            : "installed activity types: " + String.join(", ", new TreeSet<>(activityTypes))));
        }
        return new Activity(id, path, type, yaml.localized("title", course.languages()), Ids.requireModule(yaml, course, problems),
                yaml.integer("order", 0), Ids.competences(yaml, competences, problems));
    }
}
