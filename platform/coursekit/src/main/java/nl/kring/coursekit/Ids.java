package nl.kring.coursekit;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The rules every stable id and module reference follows, shared by lessons, quizzes and activities. */
final class Ids {

    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private Ids() {
    }

    /** Reads {@code key} as a required slug id; reports a missing or malformed id. */
    static String requireSlug(YamlMap yaml, String key, String what, List<Problem> problems) {
        String id = yaml.requiredString(key, "a stable lowercase slug; never change it once learners have started");
        if (!id.isEmpty() && !SLUG.matcher(id).matches()) {
            problems.add(new Problem(yaml.file(), yaml.lineOf(key), what + " id '" + id + "' is not a slug",
                    "use lowercase letters, digits and '-', e.g. waarom-steun"));
        }
        return id;
    }

    /** Reads {@code module:} and checks that course.yaml declares it. */
    static String requireModule(YamlMap yaml, CourseDescriptor course, List<Problem> problems) {
        String module = yaml.requiredString("module", "one of the module ids in course.yaml");
        if (!module.isEmpty() && course.modules().stream().noneMatch(m -> m.id().equals(module))) {
            problems.add(new Problem(yaml.file(), yaml.lineOf("module"), "unknown module '" + module + "'",
                    "modules in course.yaml: " + String.join(", ", course.modules().stream().map(CourseModule::id).toList())));
        }
        return module;
    }

    /**
     * Reads a competence mapping {@code competences: {network-involvement: 2}}: which competence an item gives
     * evidence for, at which level of the framework (1 knows, 2 knows how, 3 shows how, 4 does).
     */
    static Map<String, Integer> competences(YamlMap yaml, CompetenceFramework framework, List<Problem> problems) {
        Map<String, Integer> levels = new java.util.LinkedHashMap<>();
        yaml.map("competences").ifPresent(map -> {
            for (String id : map.keys()) {
                int level = map.integer(id, 0);
                if (!framework.contains(id)) {
                    problems.add(new Problem(yaml.file(), map.lineOf(id), "unknown competence '" + id + "'",
                            "known competences: " + String.join(", ", framework.all().stream().map(Competence::id).toList())));
                } else if (framework.level(level).isEmpty()) {
                    problems.add(new Problem(yaml.file(), map.lineOf(id), "competence level must be 1 to "
                            + framework.levels().size() + ", not " + level, framework.levelsExplained()));
                } else {
                    levels.put(id, level);
                }
            }
        });
        return levels;
    }
}
