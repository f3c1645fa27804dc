package nl.kring.team;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.kring.catalog.CompetenceCatalog.CompetenceName;
import nl.kring.catalog.CompetenceCatalog.LevelName;
import nl.kring.certification.IssuedCertificate;
import nl.kring.certification.Programme;

/**
 * One team at a glance: every member's level per competence and latest certificate per programme, and what
 * expires soon.
 *
 * @param members  by name
 * @param expiring certificates that expire within {@link TeamOverviewService#EXPIRING_DAYS} days, soonest first
 */
public record TeamOverview(TeamSummary team, List<CompetenceName> competences, List<LevelName> levels,
                           List<Programme> programmes, List<Member> members, List<Expiring> expiring) {

    /** A member with their levels (competence id to level, 0 when none) and certificates (programme id to latest). */
    public record Member(long userId, String name, Map<String, Integer> levels, Map<String, IssuedCertificate> certificates) {

        public int level(String competenceId) {
            return levels.getOrDefault(competenceId, 0);
        }
    }

    /** A certificate that expires soon. */
    public record Expiring(long userId, String name, String programmeTitle, Instant validUntil, String code) {
    }

    /** A certificate's status as the exports write it: valid, renewal_due, expired, or never (none issued). */
    static String exportStatus(IssuedCertificate certificate) {
        return certificate == null ? "never" : certificate.status().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** How many members reach at least {@code level} of a competence. */
    public long reaching(String competenceId, int level) {
        return members.stream().filter(m -> m.level(competenceId) >= level).count();
    }
}
