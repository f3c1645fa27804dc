package nl.kring.api;

/**
 * The contract between the Kring platform and its plugins.
 *
 * <p>Who reads this: the plugin host compares every plugin's {@code Plugin-Requires} range against
 * {@link #VERSION} before the plugin is enabled; the course packager and (later) the linter use the
 * same constants so that a course folder, a plugin jar and the running platform agree.
 *
 * <p>Versioning follows semantic versioning: a new optional hook raises the minor version, a removed
 * or changed hook raises the major version. A course that works on 1.0.0 declares
 * {@code requires: ">=1.0.0 & <2.0.0"} (or simply {@code ">=1.0.0"}).
 *
 * @since 1.0.0
 */
public final class KringApi {

    /** The plugin API version this platform implements; plugins' {@code Plugin-Requires} is checked against it. */
    public static final String VERSION = "1.4.0";

    /** Prefix of every course plugin id: course {@code naasten-betrekken} is plugin {@code course-naasten-betrekken}. */
    public static final String COURSE_PLUGIN_PREFIX = "course-";

    /** Folder inside a course plugin jar that holds the unpacked course sources ({@code course.yaml}, lessons, media). */
    public static final String COURSE_FOLDER_IN_JAR = "course/";

    /** Classpath location of the competence framework that courses refer to by id. */
    public static final String COMPETENCE_FRAMEWORK = "/nl/kring/api/competences.yaml";

    private KringApi() {
    }
}
