package nl.kring.competence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.kring.assessment.QuizAttemptGraded;
import nl.kring.learning.ActivityCompleted;
import nl.kring.learning.ObservationRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns what learners did into evidence, once the work itself is saved: a graded quiz gives one piece per competence
 * and level of its items (their mean score, and whether the quiz passed), a finished activity and an observed
 * performance one piece per competence they map to. Recording the same attempt twice is ignored.
 */
@Component
class EvidenceRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceRecorder.class);

    private final EvidenceRepository evidence;
    private final ApplicationEventPublisher events;

    EvidenceRecorder(EvidenceRepository evidence, ApplicationEventPublisher events) {
        this.evidence = evidence;
        this.events = events;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(QuizAttemptGraded graded) {
        if (evidence.existsBySourceAndSourceId(EvidenceSource.QUIZ, graded.attemptId())) {
            return;
        }
        record(graded);
        events.publishEvent(new EvidenceRecorded(graded.userId(), graded.at()));
    }

    /** One piece per competence and level of the attempt's items: their mean score, and whether the quiz passed. */
    void record(QuizAttemptGraded graded) {
        Map<String, List<Double>> scores = new TreeMap<>();
        for (QuizAttemptGraded.ItemScore item : graded.items()) {
            item.competences().forEach((competence, level) ->
                    scores.computeIfAbsent(competence + "@" + level, k -> new ArrayList<>()).add(item.score()));
        }
        Evidence.Origin origin = new Evidence.Origin(graded.attemptId(), graded.courseId(), graded.courseVersion(),
                graded.quizId(), null, null, graded.at());
        scores.forEach((key, list) -> {
            String competence = key.substring(0, key.lastIndexOf('@'));
            int level = Integer.parseInt(key.substring(key.lastIndexOf('@') + 1));
            double mean = list.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            evidence.save(new Evidence(graded.userId(), new EvidenceFact(competence, level, EvidenceSource.QUIZ, mean,
                    graded.passed()), origin));
        });
        LOG.debug("Evidence from quiz attempt {}: {}", graded.attemptId(), scores.keySet());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ActivityCompleted completed) {
        if (evidence.existsBySourceAndSourceId(EvidenceSource.ACTIVITY, completed.attemptId())) {
            return;
        }
        record(completed);
        events.publishEvent(new EvidenceRecorded(completed.userId(), completed.at()));
    }

    void record(ActivityCompleted completed) {
        Evidence.Origin origin = new Evidence.Origin(completed.attemptId(), completed.courseId(), completed.courseVersion(),
                completed.activityId(), null, null, completed.at());
        completed.competences().forEach((competence, level) -> evidence.save(new Evidence(completed.userId(),
                new EvidenceFact(competence, level, EvidenceSource.ACTIVITY, completed.score(), null), origin)));
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ObservationRecorded observed) {
        if (evidence.existsBySourceAndSourceId(EvidenceSource.OBSERVATION, observed.observationId())) {
            return;
        }
        record(observed);
        events.publishEvent(new EvidenceRecorded(observed.userId(), observed.at()));
    }

    void record(ObservationRecorded observed) {
        Evidence.Origin origin = new Evidence.Origin(observed.observationId(), observed.courseId(), observed.courseVersion(),
                observed.activityId(), observed.observerId(), null, observed.at());
        observed.competences().forEach((competence, level) -> evidence.save(new Evidence(observed.userId(),
                new EvidenceFact(competence, level, EvidenceSource.OBSERVATION, observed.score(), null), origin)));
    }
}
