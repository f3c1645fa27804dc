package nl.kring.certification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.kring.base.KringTime;
import nl.kring.base.Csv;
import nl.kring.assessment.QuizAttemptGraded;
import nl.kring.account.CurrentUser;
import nl.kring.coursekit.CourseDescriptor;
import nl.kring.learning.LessonCompleted;
import nl.kring.plugin.InstalledCourse;
import nl.kring.plugin.PluginHost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The accreditation ledger: a course with accreditation points that a learner completes (every lesson done, every
 * quiz passed) is entered once, on the day the last of these happened; certificates add their programme's points.
 * Learners see their points per year and export them as CSV for a professional register.
 */
@Service
public class AccreditationLedger {

    private static final Logger LOG = LoggerFactory.getLogger(AccreditationLedger.class);
    /** Years in the ledger are calendar years in the Netherlands. */

    private final AccreditationEntryRepository entries;
    private final CertificateRepository certificates;
    private final PluginHost plugins;
    private final CourseCompletion completion;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccreditationLedger(AccreditationEntryRepository entries, CertificateRepository certificates, PluginHost plugins,
                        CourseCompletion completion, CurrentUser currentUser, Optional<Clock> clock) {
        this.entries = entries;
        this.certificates = certificates;
        this.plugins = plugins;
        this.completion = completion;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(LessonCompleted completed) {
        enterIfCompleted(completed.userId(), completed.courseId(), completed.at());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(QuizAttemptGraded graded) {
        if (graded.passed()) {
            enterIfCompleted(graded.userId(), graded.courseId(), graded.at());
        }
    }

    private void enterIfCompleted(long userId, String courseId, Instant at) {
        Optional<InstalledCourse> installed = plugins.course(courseId);
        if (installed.isEmpty() || entries.existsByUserIdAndCourseId(userId, courseId)) {
            return;
        }
        CourseDescriptor course = installed.get().course().descriptor();
        if (course.accreditationPoints() <= 0) {
            return;
        }
        if (completion.completed(userId, installed.get().course())) {
            entries.save(new AccreditationEntry(userId, courseId, course.title().in(course.defaultLanguage(), "en"),
                    installed.get().version(), course.accreditationPoints(), at == null ? clock.instant() : at));
            LOG.info("User {} completed course {}: {} accreditation point(s)", userId, courseId, course.accreditationPoints());
        }
    }

    /** The signed-in learner's ledger, newest first: completed courses and certificates. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<LedgerLine> mine() {
        long me = currentUser.require().id();
        List<LedgerLine> lines = new ArrayList<>();
        entries.findByUserIdOrderByCompletedAtDesc(me).forEach(e -> lines.add(e.line()));
        certificates.findByUserIdOrderByIssuedAtDesc(me).forEach(c -> lines.add(c.ledgerLine()));
        lines.sort(Comparator.comparing(LedgerLine::at).reversed());
        return lines;
    }

    /** The ledger as CSV (RFC 4180, UTF-8): date, year, kind, title, points, register, reference. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String csv() {
        StringBuilder csv = new StringBuilder("date,year,kind,title,points,register,reference\r\n");
        for (LedgerLine line : mine()) {
            var date = line.at().atZone(KringTime.ZONE).toLocalDate();
            csv.append(date).append(',').append(date.getYear()).append(',').append(line.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .append(',').append(Csv.field(line.title())).append(',').append(Points.format(line.points())).append(',')
                    .append(Csv.field(line.register())).append(',').append(Csv.field(line.reference())).append("\r\n");
        }
        return csv.toString();
    }


}
