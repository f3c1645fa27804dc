package nl.kring.competence;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's levels for processes that act on the system's behalf (issuing certificates, reminders), not for
 * screens: screens use {@link CompetenceProfileService}, which only shows the signed-in learner their own.
 */
@Component
public class CompetenceLevels {

    private final EvidenceRepository evidence;
    private final LevelRules rules;

    CompetenceLevels(EvidenceRepository evidence, LevelRules rules) {
        this.evidence = evidence;
        this.rules = rules;
    }

    /** Competence id to level (0 when none reached), for every competence with evidence. */
    @Transactional(readOnly = true)
    public Map<String, Integer> of(long userId) {
        return since(userId, Instant.MIN);
    }

    /**
     * The levels that evidence recorded after {@code after} shows on its own, e.g. whether a learner showed their
     * competences again since a certificate's renewal window opened.
     */
    @Transactional(readOnly = true)
    public Map<String, Integer> since(long userId, Instant after) {
        Map<String, List<EvidenceFact>> byCompetence = new TreeMap<>();
        evidence.findByUserIdOrderByRecordedAtDesc(userId).stream().filter(e -> e.item().at().isAfter(after)).forEach(e -> byCompetence
                .computeIfAbsent(e.fact().competenceId(), k -> new java.util.ArrayList<>()).add(e.fact()));
        Map<String, Integer> levels = new TreeMap<>();
        byCompetence.forEach((competence, facts) -> levels.put(competence, rules.standing(facts).level()));
        return levels;
    }
}
