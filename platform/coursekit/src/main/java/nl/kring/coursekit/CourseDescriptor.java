package nl.kring.coursekit;

import java.util.List;

/**
 * What {@code course.yaml} declares about a course.
 *
 * @param id                  stable slug; the plugin id is {@code course-<id>}
 * @param version             semantic version of this course release
 * @param requires            platform API range, e.g. {@code >=1.0.0}
 * @param languages           languages the course is written in; the first is the default
 * @param competences         ids from the competence framework this course develops
 * @param estimatedMinutes    study time for the whole course
 * @param accreditationPoints points a professional body may grant
 * @param dependencies        plugins this course needs (e.g. the role-play activity plugin), by plugin id, with the
 *                            version range; written to the jar as {@code Plugin-Dependencies}
 */
public record CourseDescriptor(
        String id,
        String version,
        String requires,
        List<String> languages,
        LocalizedText title,
        LocalizedText summary,
        List<String> competences,
        int estimatedMinutes,
        double accreditationPoints,
        List<SourceReference> sources,
        List<CourseModule> modules,
        java.util.Map<String, String> dependencies) {

    public CourseDescriptor {
        languages = List.copyOf(languages);
        competences = List.copyOf(competences);
        sources = List.copyOf(sources);
        modules = List.copyOf(modules);
        dependencies = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(dependencies));
    }

    /** The {@code Plugin-Dependencies} manifest value: {@code id@range, …}, or empty. */
    public String manifestDependencies() {
        return String.join(", ", dependencies.entrySet().stream().map(e -> e.getKey() + "@" + e.getValue()).toList());
    }

    public String pluginId() {
        return nl.kring.api.KringApi.COURSE_PLUGIN_PREFIX + id;
    }

    public String defaultLanguage() {
        return languages.get(0);
    }
}
