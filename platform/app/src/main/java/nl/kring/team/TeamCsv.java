package nl.kring.team;

import java.util.List;

import nl.kring.base.Csv;
import nl.kring.base.KringTime;
import nl.kring.catalog.CompetenceCatalog.CompetenceName;
import nl.kring.certification.IssuedCertificate;
import nl.kring.certification.Programme;

/**
 * Team overviews as CSV (RFC 4180, UTF-8) for management: the competence matrix, and the certificates. One team's
 * export has a column per fact; an export of several teams starts every row with the department and the team (a
 * member of two teams appears in both).
 */
public final class TeamCsv {

    private TeamCsv() {
    }

    /** One row per member, one column per competence with the level number (0 none … 4 does). */
    public static String matrix(TeamOverview overview) {
        return matrix(List.of(overview), false, ExportProgress.NONE);
    }

    /** The matrix of several teams (their competences are the same: the organisation's framework). */
    public static String matrix(List<TeamOverview> teams, boolean teamColumns, ExportProgress progress) {
        StringBuilder csv = new StringBuilder(teamColumns ? "department,team,member" : "member");
        if (!teams.isEmpty()) {
            teams.get(0).competences().forEach(c -> csv.append(',').append(Csv.field(c.title())));
        }
        csv.append("\r\n");
        for (int t = 0; t < teams.size(); t++) {
            TeamOverview team = teams.get(t);
            for (TeamOverview.Member member : team.members()) {
                csv.append(prefix(team, teamColumns)).append(Csv.field(member.name()));
                for (CompetenceName competence : team.competences()) {
                    csv.append(',').append(member.level(competence.id()));
                }
                csv.append("\r\n");
            }
            progress.reached(ExportProgress.Phase.WRITING, team.team().name(), t + 1, teams.size());
        }
        return csv.toString();
    }

    /** One row per member and programme: status, valid until and the verification code (empty when never issued). */
    public static String certificates(TeamOverview overview, String language) {
        return certificates(List.of(overview), false, language, ExportProgress.NONE);
    }

    /** The certificates of several teams. */
    public static String certificates(List<TeamOverview> teams, boolean teamColumns, String language, ExportProgress progress) {
        StringBuilder csv = new StringBuilder(teamColumns ? "department,team," : "").append("member,programme,status,valid_until,code\r\n");
        for (int t = 0; t < teams.size(); t++) {
            TeamOverview team = teams.get(t);
            for (TeamOverview.Member member : team.members()) {
                for (Programme programme : team.programmes()) {
                    IssuedCertificate certificate = member.certificates().get(programme.id());
                    csv.append(prefix(team, teamColumns)).append(Csv.field(member.name())).append(',')
                            .append(Csv.field(programme.title(language))).append(',')
                            .append(TeamOverview.exportStatus(certificate))
                            .append(',').append(certificate == null ? "" : certificate.validUntil().atZone(KringTime.ZONE).toLocalDate())
                            .append(',').append(certificate == null ? "" : certificate.code()).append("\r\n");
                }
            }
            progress.reached(ExportProgress.Phase.WRITING, team.team().name(), t + 1, teams.size());
        }
        return csv.toString();
    }

    private static String prefix(TeamOverview team, boolean teamColumns) {
        return teamColumns ? Csv.field(team.team().department()) + "," + Csv.field(team.team().name()) + "," : "";
    }
}
