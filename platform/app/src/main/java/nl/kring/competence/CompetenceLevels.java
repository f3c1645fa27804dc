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

    /** Per learner: competence id to level, for every competence with evidence; one query for all of them. */
    @Transactional(readOnly = true)
    public Map<Long, Map<String, Integer>> of(java.util.Collection<Long> userIds) {
        Map<Long, Map<String, List<EvidenceFact>>> facts = new java.util.HashMap<>();
        if (!userIds.isEmpty()) {
            evidence.factsOf(userIds).forEach(e -> facts.computeIfAbsent(e.userId(), k -> new TreeMap<>())
                    .computeIfAbsent(e.competenceId(), k -> new java.util.ArrayList<>()).add(e.fact()));
        }
        Map<Long, Map<String, Integer>> levels = new java.util.HashMap<>();
        for (Long userId : userIds) {
            Map<String, Integer> mine = new TreeMap<>();
            facts.getOrDefault(userId, Map.of()).forEach((competence, list) -> mine.put(competence, rules.standing(list).level()));
            levels.put(userId, mine);
        }
        return levels;
    }

    /** A learner's evidence for one competence, newest first, and the level it gives. */
    @Transactional(readOnly = true)
    public CompetenceEvidence evidence(long userId, String competenceId) {
        List<EvidenceItem> items = evidence.findByUserIdAndCompetenceIdOrderByRecordedAtDesc(userId, competenceId).stream()
                .map(Evidence::item).toList();
        return new CompetenceEvidence(rules.standing(items.stream().map(EvidenceItem::fact).toList()).level(), items);
    }

    /** The level and the evidence behind it. */
    public record CompetenceEvidence(int level, List<EvidenceItem> items) {
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
