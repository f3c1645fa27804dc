package nl.kring.certification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.kring.account.AccountDirectory;
import nl.kring.account.CurrentUser;
import nl.kring.assessment.RefresherService;
import nl.kring.base.PublicAddress;
import nl.kring.catalog.CompetencePractice;
import nl.kring.catalog.CatalogService;
import nl.kring.catalog.CompetenceCatalog.LevelName;
import nl.kring.competence.CompetenceLevels;
import nl.kring.competence.EvidenceRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Issues certificates when a learner meets a programme, and renews them: from {@code renewalWindowDays} before
 * expiry (or after it), when the programme is still met and fresh evidence shows every required competence again
 * (typically a passed refresher), a new certificate is issued, valid from the old expiry date (or from today when
 * expired).
 */
@Service
public class CertificationService {

    private static final Logger LOG = LoggerFactory.getLogger(CertificationService.class);
    /** The level from which a competence is shown in practice (role-plays, observed exercises). */
    private static final int SHOWS_HOW = 3;

    private final CertificateRepository certificates;
    private final Programmes programmes;
    private final CompetenceLevels levels;
    private final AccountDirectory accounts;
    private final CatalogService catalog;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final PublicAddress address;
    private final RefresherService refreshers;

    CertificationService(CertificateRepository certificates, Programmes programmes, CompetenceLevels levels,
                         AccountDirectory accounts, CatalogService catalog, CurrentUser currentUser, Optional<Clock> clock,
                         PublicAddress address, RefresherService refreshers) {
        this.refreshers = refreshers;
        this.address = address;
        this.certificates = certificates;
        this.programmes = programmes;
        this.levels = levels;
        this.accounts = accounts;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** New evidence may complete a programme. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(EvidenceRecorded recorded) {
        Instant now = clock.instant();
        issueWhatIsMet(recorded.userId(), recorded.at() == null || recorded.at().isAfter(now) ? now : recorded.at());
    }

    /**
     * Issues or renews every certificate the learner has earned; returns what was issued.
     *
     * @param today when the programme was met: the moment of the evidence that completed it
     */
    List<IssuedCertificate> issueWhatIsMet(long userId, Instant today) {
        Map<String, Integer> now = levels.of(userId);
        List<IssuedCertificate> issued = new ArrayList<>();
        for (Programme programme : programmes.all()) {
            if (!programme.metBy(now)) {
                continue;
            }
            Optional<Certificate> latest = certificates.findFirstByUserIdAndProgrammeIdOrderByIssuedAtDesc(userId, programme.id());
            Optional<Instant> from = latest.isEmpty() ? Optional.of(today) : renewalStart(latest.get(), programme, userId, today);
            from.ifPresent(start -> issued.add(issue(userId, programme, start, today)));
        }
        return issued;
    }

    /**
     * When a renewal would start: the old expiry date (today when already expired), once the renewal window is open
     * and evidence since it opened shows every required competence again on its own (at least "knows": a passed
     * refresher covering it, or any newer quiz, exercise or role-play); empty otherwise.
     */
    private Optional<Instant> renewalStart(Certificate latest, Programme programme, long userId, Instant today) {
        Instant opens = latest.getValidUntil().minus(Duration.ofDays(programme.renewalDays()));
        if (today.isBefore(opens)) {
            return Optional.empty();
        }
        Map<String, Integer> fresh = levels.since(userId, opens);
        if (!programme.requires().keySet().stream().allMatch(competence -> fresh.getOrDefault(competence, 0) >= 1)) {
            return Optional.empty();
        }
        return Optional.of(today.isBefore(latest.getValidUntil()) ? latest.getValidUntil() : today);
    }

    private IssuedCertificate issue(long userId, Programme programme, Instant validFrom, Instant today) {
        String holder = accounts.find(userId).map(u -> u.displayName()).orElseThrow();
        String code;
        do {
            code = CertificateCodes.next();
        } while (certificates.existsByCode(code));
        Instant until = validFrom.atOffset(ZoneOffset.UTC).plusMonths(programme.validityMonths()).toInstant();
        Certificate certificate = certificates.save(new Certificate(userId, programme.id(), programme.title("nl") + " / "
                + programme.title("en"), holder, code, programme.points(), programme.register(), today, until));
        LOG.info("Certificate {} issued to user {} for {} (valid until {})", code, userId, programme.id(), until);
        return certificate.view(clock.instant(), programme.renewalDays());
    }

    /** The signed-in learner's programmes with their progress and latest certificate. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProgrammeStatus> mine(Locale locale) {
        long me = currentUser.require().id();
        Map<String, Integer> now = levels.of(me);
        Map<String, String> names = new java.util.HashMap<>();
        catalog.competences(locale).forEach(c -> names.put(c.id(), c.title()));
        List<LevelName> levelNames = catalog.levels(locale);
        Instant today = clock.instant();
        String language = locale.getLanguage();
        return programmes.all().stream().map(programme -> {
            List<ProgrammeStatus.Requirement> requirements = programme.requires().entrySet().stream()
                    .map(r -> new ProgrammeStatus.Requirement(r.getKey(), names.getOrDefault(r.getKey(), r.getKey()),
                            r.getValue(), levelNames.get(r.getValue() - 1).title(), now.getOrDefault(r.getKey(), 0)))
                    .toList();
            Optional<IssuedCertificate> latest = certificates.findFirstByUserIdAndProgrammeIdOrderByIssuedAtDesc(me, programme.id())
                    .map(c -> c.view(today, programme.renewalDays()));
            boolean renewable = latest.map(c -> c.status() != IssuedCertificate.Status.VALID).orElse(false);
            return new ProgrammeStatus(programme, programme.title(language), programme.description(language), requirements,
                    programme.metBy(now), latest, renewable);
        }).toList();
    }

    /**
     * Makes the signed-in learner a refresher for a programme: a short quiz per course from the questions on its
     * competences they did worst on.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<RefresherService.RefresherRef> startRefresher(String programmeId, Locale locale) {
        Programme programme = programmes.find(programmeId)
                .orElseThrow(() -> new IllegalArgumentException("no programme " + programmeId));
        return refreshers.create(programme.requires().keySet(), Map.of("nl", "Opfrisser: " + programme.title("nl"),
                "en", "Refresher: " + programme.title("en")), locale);
    }

    /**
     * The exercises and role-plays that give evidence for the programme's competences asked at "shows how" or above:
     * the skills part of a refresher.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CompetencePractice> skillsToPractise(String programmeId, Locale locale) {
        return programmes.find(programmeId).map(programme -> programme.requires().entrySet().stream()
                .filter(r -> r.getValue() >= SHOWS_HOW)
                .flatMap(r -> catalog.practice(r.getKey(), locale).stream()
                        .filter(p -> p.kind() == CompetencePractice.Kind.ACTIVITY && p.level() >= r.getValue()))
                .distinct().toList()).orElse(List.of());
    }

    /** The signed-in learner's latest certificates that are due for renewal (or expired without renewal). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<IssuedCertificate> dueForRenewal() {
        Instant today = clock.instant();
        long me = currentUser.require().id();
        return programmes.all().stream()
                .flatMap(p -> certificates.findFirstByUserIdAndProgrammeIdOrderByIssuedAtDesc(me, p.id())
                        .map(c -> c.view(today, p.renewalDays())).stream())
                .filter(c -> c.status() == IssuedCertificate.Status.RENEWAL_DUE)
                .toList();
    }

    /** Every certificate of the signed-in learner, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<IssuedCertificate> myCertificates() {
        Instant today = clock.instant();
        return certificates.findByUserIdOrderByIssuedAtDesc(currentUser.require().id()).stream()
                .map(c -> c.view(today, renewalDays(c.getProgrammeId()))).toList();
    }

    /** One of the signed-in learner's own certificates; empty for anyone else's. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<IssuedCertificate> mine(long certificateId) {
        return certificates.findById(certificateId).filter(c -> c.getUserId() == currentUser.require().id())
                .map(c -> c.view(clock.instant(), renewalDays(c.getProgrammeId())));
    }

    /** The PDF of one of the signed-in learner's own certificates, in their language. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<byte[]> pdf(long certificateId, Locale locale) {
        return mine(certificateId).map(c -> CertificatePdf.render(c, verificationUrl(c.code()), locale.getLanguage()));
    }

    /** The public page that confirms a certificate, as printed on it. */
    public String verificationUrl(String code) {
        return address.of("verify/" + code);
    }

    /** What the public verification page may say about a code: nothing more than the certificate itself. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<IssuedCertificate> verify(String typedCode) {
        return certificates.findByCode(CertificateCodes.normalise(typedCode))
                .map(c -> c.view(clock.instant(), renewalDays(c.getProgrammeId())));
    }

    private int renewalDays(String programmeId) {
        return programmes.find(programmeId).map(Programme::renewalDays).orElse(0);
    }
}
