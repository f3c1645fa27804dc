package nl.kring.competence;

import java.time.Clock;
import java.util.Optional;

import nl.kring.account.CurrentUser;
import nl.kring.catalog.CatalogService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A trainer's or supervisor's assessment of a learner's daily work on one competence ("does", or "shows how" when
 * seen in a practice situation), with what they observed. It is evidence like any other; the rules decide what it
 * adds up to.
 */
@Service
@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
public class PracticeAssessmentService {

    /** Assessments are not part of a course; they are recorded under this course id. */
    static final String PRACTICE = "practice";

    private final EvidenceRepository evidence;
    private final CatalogService catalog;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PracticeAssessmentService(EvidenceRepository evidence, CatalogService catalog, CurrentUser currentUser,
                              Optional<Clock> clock, ApplicationEventPublisher events) {
        this.events = events;
        this.evidence = evidence;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Records the assessment.
     *
     * @throws IllegalArgumentException for an unknown competence, a level outside the framework or an empty note
     */
    @Transactional
    public void record(long learnerId, String competenceId, int level, String note) {
        if (catalog.competences(java.util.Locale.ENGLISH).stream().noneMatch(c -> c.id().equals(competenceId))) {
            throw new IllegalArgumentException("unknown competence " + competenceId);
        }
        if (level < 1 || level > catalog.levels(java.util.Locale.ENGLISH).size()) {
            throw new IllegalArgumentException("no level " + level);
        }
        if (note == null || note.isBlank() || note.length() > 2000) {
            throw new IllegalArgumentException("say what you observed (up to 2,000 characters)");
        }
        evidence.save(new Evidence(learnerId, new EvidenceFact(competenceId, level, EvidenceSource.ASSESSMENT, 1.0, null),
                new Evidence.Origin(null, PRACTICE, "", PRACTICE, currentUser.require().id(), note.strip(), clock.instant())));
        events.publishEvent(new EvidenceRecorded(learnerId, clock.instant()));
    }
}
