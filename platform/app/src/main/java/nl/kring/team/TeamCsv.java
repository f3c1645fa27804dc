package nl.kring.team;


import nl.kring.base.KringTime;
import nl.kring.base.Csv;
import nl.kring.catalog.CompetenceCatalog.CompetenceName;
import nl.kring.certification.IssuedCertificate;
import nl.kring.certification.Programme;

/** A team overview as CSV (RFC 4180, UTF-8) for management: the competence matrix, and the certificates. */
public final class TeamCsv {


    private TeamCsv() {
    }

    /** One row per member, one column per competence with the level number (0 none … 4 does). */
    public static String matrix(TeamOverview overview) {
        StringBuilder csv = new StringBuilder("member");
        overview.competences().forEach(c -> csv.append(',').append(Csv.field(c.title())));
        csv.append("\r\n");
        for (TeamOverview.Member member : overview.members()) {
            csv.append(Csv.field(member.name()));
            for (CompetenceName competence : overview.competences()) {
                csv.append(',').append(member.level(competence.id()));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    /** One row per member and programme: status, valid until and the verification code (empty when never issued). */
    public static String certificates(TeamOverview overview, String language) {
        StringBuilder csv = new StringBuilder("member,programme,status,valid_until,code\r\n");
        for (TeamOverview.Member member : overview.members()) {
            for (Programme programme : overview.programmes()) {
                IssuedCertificate certificate = member.certificates().get(programme.id());
                csv.append(Csv.field(member.name())).append(',').append(Csv.field(programme.title(language))).append(',')
                        .append(certificate == null ? "never" : certificate.status().name().toLowerCase(java.util.Locale.ROOT))
                        .append(',').append(certificate == null ? "" : certificate.validUntil().atZone(KringTime.ZONE).toLocalDate())
                        .append(',').append(certificate == null ? "" : certificate.code()).append("\r\n");
            }
        }
        return csv.toString();
    }

}
