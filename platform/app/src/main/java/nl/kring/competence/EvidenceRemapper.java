package nl.kring.competence;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.kring.assessment.QuizAttemptGraded;
import nl.kring.assessment.QuizRecords;
import nl.kring.coursekit.CoursePackage;
import nl.kring.coursekit.Quiz;
import nl.kring.coursekit.QuizLeaf;
import nl.kring.learning.ActivityCompleted;
import nl.kring.learning.ActivityRecords;
import nl.kring.learning.ObservationRecorded;
import nl.kring.plugin.CourseContentChanged;
import nl.kring.plugin.InstalledCourse;
import nl.kring.plugin.PluginHost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When another version of a course is installed (not previewed), its evidence is derived again from what learners did (quiz
 * answers, finished activities, observations) with the new version's competence mapping: a question that now trains
 * another competence counts for that one, a question that was removed no longer counts. Evidence keeps the course
 * version and date of the work itself. Then the learners' certificates are looked at again.
 */
@Component
class EvidenceRemapper {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceRemapper.class);
    private static final List<EvidenceSource> FROM_COURSES = List.of(EvidenceSource.QUIZ, EvidenceSource.ACTIVITY,
            EvidenceSource.OBSERVATION);

    private final PluginHost plugins;
    private final QuizRecords quizzes;
    private final ActivityRecords activities;
    private final EvidenceRepository evidence;
    private final EvidenceRecorder recorder;
    private final CompetenceMappingRepository mappings;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvidenceRemapper(PluginHost plugins, QuizRecords quizzes, ActivityRecords activities, EvidenceRepository evidence,
                     EvidenceRecorder recorder, CompetenceMappingRepository mappings, TransactionTemplate transaction,
                     ApplicationEventPublisher events, Optional<Clock> clock) {
        this.plugins = plugins;
        this.quizzes = quizzes;
        this.activities = activities;
        this.evidence = evidence;
        this.recorder = recorder;
        this.mappings = mappings;
        this.transaction = new TransactionTemplate(transaction.getTransactionManager());
        this.transaction.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @EventListener
    void on(CourseContentChanged changed) {
        if (!changed.version().isEmpty()) {
            nl.kring.base.SystemTask.run(() -> {
                mapAgain(changed);
                return null;
            });
        }
    }

    private void mapAgain(CourseContentChanged changed) {
        Optional<InstalledCourse> installed = plugins.installedCourse(changed.courseId())
                .filter(c -> c.version().equals(changed.version()));
        Optional<String> mapped = mappings.findById(changed.courseId()).map(CompetenceMapping::getVersion);
        if (installed.isEmpty() || mapped.filter(changed.version()::equals).isPresent()) {
            return;
        }
        Set<Long> learners;
        try {
            learners = transaction.execute(status -> remap(installed.get()));
        } catch (RuntimeException e) {
            LOG.error("Evidence of course {} could not be mapped again for version {}; it keeps the earlier mapping",
                    changed.courseId(), changed.version(), e);
            return;
        }
        learners.forEach(userId -> events.publishEvent(new EvidenceRecorded(userId, clock.instant())));
        if (mapped.isPresent()) {
            LOG.info("Evidence of course {} mapped again for version {} ({} learners)", changed.courseId(), changed.version(),
                    learners.size());
        }
    }

    /** Derives the course's evidence again; returns the learners concerned. */
    Set<Long> remap(InstalledCourse installed) {
        CoursePackage course = installed.course();
        String courseId = installed.courseId();
        evidence.deleteCourseEvidence(courseId, FROM_COURSES);
        Set<Long> learners = new HashSet<>();
        Map<String, Map<String, Integer>> byLeaf = leafCompetences(course);
        for (QuizRecords.Graded graded : quizzes.graded(courseId)) {
            List<String> asked = graded.asked().isEmpty() ? allLeaves(course, graded.quizId()) : graded.asked();
            List<QuizAttemptGraded.ItemScore> items = new ArrayList<>();
            for (String leaf : asked) {
                Map<String, Integer> competences = byLeaf.get(key(graded.quizId(), leaf));
                if (competences != null) {
                    items.add(new QuizAttemptGraded.ItemScore(leaf, graded.scores().getOrDefault(leaf, 0.0), competences));
                }
            }
            recorder.record(new QuizAttemptGraded(graded.userId(), courseId, graded.quizId(), graded.courseVersion(),
                    graded.attemptId(), 0, graded.passed(), items, graded.at()));
            learners.add(graded.userId());
        }
        Map<String, Map<String, Integer>> byActivity = new HashMap<>();
        course.activities().forEach(a -> byActivity.put(a.id(), a.competences()));
        for (ActivityRecords.Finished finished : activities.finished(courseId)) {
            recorder.record(new ActivityCompleted(finished.userId(), courseId, finished.activityId(), finished.courseVersion(),
                    finished.attemptId(), finished.score(), byActivity.getOrDefault(finished.activityId(), Map.of()), finished.at()));
            learners.add(finished.userId());
        }
        for (ActivityRecords.Observed observed : activities.observed(courseId)) {
            recorder.record(new ObservationRecorded(observed.userId(), observed.observerId() == null ? 0 : observed.observerId(),
                    courseId, observed.activityId(), observed.courseVersion(), observed.observationId(), observed.score(),
                    byActivity.getOrDefault(observed.activityId(), Map.of()), observed.at()));
            learners.add(observed.userId());
        }
        mappings.save(new CompetenceMapping(courseId, installed.version(), clock.instant()));
        return learners;
    }

    /** {@code quizId/leafId} to the competences of that question in this version. */
    private static Map<String, Map<String, Integer>> leafCompetences(CoursePackage course) {
        Map<String, Map<String, Integer>> byLeaf = new HashMap<>();
        for (Quiz quiz : course.quizzes()) {
            for (QuizLeaf leaf : quiz.leaves()) {
                byLeaf.put(quiz.id() + "/" + leaf.id(), leaf.item().competences());
            }
        }
        return byLeaf;
    }

    /** The key of a question: a refresher's question ({@code toets~item}) is the quiz's own question. */
    private static String key(String quizId, String leafId) {
        int tilde = leafId.indexOf('~');
        return tilde > 0 ? leafId.substring(0, tilde) + "/" + leafId.substring(tilde + 1) : quizId + "/" + leafId;
    }

    private static List<String> allLeaves(CoursePackage course, String quizId) {
        return course.quizzes().stream().filter(q -> q.id().equals(quizId)).findFirst()
                .map(q -> q.leaves().stream().map(QuizLeaf::id).toList()).orElse(List.of());
    }
}
