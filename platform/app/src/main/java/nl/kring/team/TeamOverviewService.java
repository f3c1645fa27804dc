package nl.kring.team;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.kring.account.AccountDirectory;
import nl.kring.catalog.CatalogService;
import nl.kring.certification.CertificateStatuses;
import nl.kring.certification.IssuedCertificate;
import nl.kring.competence.CompetenceLevels;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a team lead sees of their own teams (an administrator of every team): members' competence levels and
 * certificates, what expires soon, and the evidence behind one member's level. Every method checks that the team is
 * the signed-in lead's own; anything else is refused, also for exports.
 */
@Service
@PreAuthorize("hasAnyRole('TEAM_LEAD', 'ADMIN')")
public class TeamOverviewService {

    /** "Expires soon" means within this many days. */
    public static final int EXPIRING_DAYS = 90;

    private final TeamAccess access;
    private final CompetenceLevels levels;
    private final CertificateStatuses certificates;
    private final AccountDirectory accounts;
    private final CatalogService catalog;
    private final Clock clock;

    TeamOverviewService(TeamAccess access, CompetenceLevels levels, CertificateStatuses certificates,
                        AccountDirectory accounts, CatalogService catalog, Optional<Clock> clock) {
        this.access = access;
        this.levels = levels;
        this.certificates = certificates;
        this.accounts = accounts;
        this.catalog = catalog;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The teams the signed-in user leads (every team for an administrator), by name. */
    @Transactional(readOnly = true)
    public List<TeamSummary> myTeams() {
        return access.mine().stream().map(TeamService::summary).toList();
    }

    /**
     * The team at a glance.
     *
     * @throws AccessDeniedException when the team is not the signed-in lead's own (or does not exist)
     */
    @Transactional(readOnly = true)
    public TeamOverview overview(long teamId, Locale locale) {
        Team team = own(teamId);
        List<Long> ids = List.copyOf(team.getMemberIds());
        Map<Long, String> names = accounts.names(ids);
        Map<Long, Map<String, Integer>> levelsByMember = levels.of(ids);
        Map<Long, Map<String, IssuedCertificate>> certificatesByMember = certificates.latest(ids);
        List<TeamOverview.Member> members = ids.stream()
                .map(id -> new TeamOverview.Member(id, names.getOrDefault(id, "#" + id), levelsByMember.getOrDefault(id, Map.of()),
                        certificatesByMember.getOrDefault(id, Map.of())))
                .sorted(Comparator.comparing(TeamOverview.Member::name, String.CASE_INSENSITIVE_ORDER)).toList();
        Instant horizon = clock.instant().plus(Duration.ofDays(EXPIRING_DAYS));
        List<TeamOverview.Expiring> expiring = new ArrayList<>();
        for (TeamOverview.Member member : members) {
            member.certificates().values().stream()
                    .filter(c -> c.status() != IssuedCertificate.Status.EXPIRED && c.validUntil().isBefore(horizon))
                    .forEach(c -> expiring.add(new TeamOverview.Expiring(member.userId(), member.name(), c.programmeTitle(),
                            c.validUntil(), c.code())));
        }
        expiring.sort(Comparator.comparing(TeamOverview.Expiring::validUntil));
        return new TeamOverview(TeamService.summary(team), catalog.competences(locale), catalog.levels(locale),
                certificates.programmes(), members, expiring);
    }

    /** The evidence behind one member's level of one competence, with the titles of the quizzes and activities. */
    @Transactional(readOnly = true)
    public MemberEvidence evidence(long teamId, long memberId, String competenceId, Locale locale) {
        if (!own(teamId).getMemberIds().contains(memberId)) {
            throw new AccessDeniedException("not a member of this team");
        }
        CompetenceLevels.CompetenceEvidence found = levels.evidence(memberId, competenceId);
        Map<String, String> titles = new java.util.HashMap<>();
        catalog.practice(competenceId, locale).forEach(p -> titles.put(p.courseId() + "/" + p.id(), p.title()));
        return new MemberEvidence(found.level(), found.items().stream().map(item -> new MemberEvidence.Line(item,
                titles.getOrDefault(item.courseId() + "/" + item.elementId(), item.elementId()))).toList());
    }

    /** A member's level of a competence and the evidence behind it, newest first. */
    public record MemberEvidence(int level, List<Line> lines) {

        /** A piece of evidence with the title of its quiz or activity. */
        public record Line(nl.kring.competence.EvidenceItem item, String title) {
        }
    }

    private Team own(long teamId) {
        return access.own(teamId);
    }
}
