package nl.kring.plugin;

import java.util.List;
import java.util.Optional;

import nl.kring.coursekit.CourseDiff;
import nl.kring.coursekit.Problem;

/**
 * What installing an uploaded jar would do, shown to the trainer before they confirm: the validation report,
 * the change from the installed version and the reasons it cannot go ahead, if any.
 *
 * @param installedVersion the version installed now, or empty for a new plugin
 * @param problems         every problem the linter found (errors and warnings)
 * @param diff             for a course upgrade: lessons, quizzes, items and activities added, removed or changed
 * @param blockers         why it cannot be installed as it is: errors in the content, missing dependencies
 * @param versionConflict  a downgrade (an administrator can force it) or the same version again
 * @param signature        what the jar's signature says ("not signed", "signed by … (a trusted key)", …)
 * @param containsCode     whether the jar carries Java code (only administrators install those)
 */
public record InstallPlan(String pluginId, String version, Optional<String> installedVersion, Kind kind, String sha256,
                          String fileName, List<Problem> problems, Optional<CourseDiff> diff, List<String> blockers,
                          Optional<String> versionConflict, byte[] jar, String signature, boolean containsCode) {

    public enum Kind { NEW, UPGRADE, DOWNGRADE, SAME_VERSION }

    public InstallPlan {
        problems = List.copyOf(problems);
        blockers = List.copyOf(blockers);
    }

    /** The same plan with one more reason it cannot be installed. */
    InstallPlan withBlocker(String blocker) {
        List<String> more = new java.util.ArrayList<>(blockers);
        more.add(blocker);
        return new InstallPlan(pluginId, version, installedVersion, kind, sha256, fileName, problems, diff, more, versionConflict,
                jar, signature, containsCode);
    }

    /** Whether the jar can be installed; {@code forced} lifts only the downgrade refusal. */
    public boolean canInstall(boolean forced) {
        return blockers.isEmpty() && (versionConflict.isEmpty() || forced && kind == Kind.DOWNGRADE);
    }

    /** Every reason it cannot be installed now, the version conflict last. */
    public List<String> reasons() {
        return versionConflict.map(v -> java.util.stream.Stream.concat(blockers.stream(), java.util.stream.Stream.of(v)).toList())
                .orElse(blockers);
    }
}
