package nl.kring.competence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.kring.account.CurrentUser;
import nl.kring.catalog.CatalogService;
import nl.kring.catalog.CompetenceCatalog.CompetenceName;
import nl.kring.catalog.CompetenceCatalog.LevelName;
import nl.kring.catalog.CompetencePractice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in learner's competences: the level of each, the evidence behind it and what to do next. */
@Service
@PreAuthorize("isAuthenticated()")
public class CompetenceProfileService {

    private final EvidenceRepository evidence;
    private final LevelRules rules;
    private final CatalogService catalog;
    private final CurrentUser currentUser;

    CompetenceProfileService(EvidenceRepository evidence, LevelRules rules, CatalogService catalog, CurrentUser currentUser) {
        this.evidence = evidence;
        this.rules = rules;
        this.catalog = catalog;
        this.currentUser = currentUser;
    }

    /** Every competence of the framework, in the framework's order. */
    @Transactional(readOnly = true)
    public List<CompetenceStanding> mine(Locale locale) {
        List<EvidenceItem> all = evidence.findByUserIdOrderByRecordedAtDesc(currentUser.require().id()).stream()
                .map(Evidence::item).toList();
        List<LevelName> levels = catalog.levels(locale);
        List<CompetenceStanding> standings = new ArrayList<>();
        for (CompetenceName competence : catalog.competences(locale)) {
            List<EvidenceItem> mine = all.stream().filter(e -> e.fact().competenceId().equals(competence.id())).toList();
            standings.add(standing(competence, mine, levels, catalog.practice(competence.id(), locale)));
        }
        return standings;
    }

    private CompetenceStanding standing(CompetenceName competence, List<EvidenceItem> items, List<LevelName> levels,
                                        List<CompetencePractice> practice) {
        LevelRules.Standing standing = rules.standing(items.stream().map(EvidenceItem::fact).toList());
        Map<String, CompetencePractice> byElement = new HashMap<>();
        practice.forEach(p -> byElement.put(p.courseId() + "/" + p.id(), p));
        List<EvidenceFact> counted = new ArrayList<>(standing.reachedBy());
        List<CompetenceStanding.EvidenceLine> lines = items.stream().map(item -> {
            CompetencePractice source = byElement.get(item.courseId() + "/" + item.elementId());
            return new CompetenceStanding.EvidenceLine(item, source == null ? item.elementId() : source.title(),
                    source == null ? item.courseId() : source.courseTitle(), source == null ? "" : source.path(),
                    counted.remove(item.fact()));
        }).toList();
        Optional<CompetenceStanding.NextStep> next = standing.level() >= rules.highest() ? Optional.empty()
                : Optional.of(next(standing.level() + 1, levels, practice));
        Optional<LevelName> reached = standing.level() == 0 ? Optional.empty() : Optional.of(levels.get(standing.level() - 1));
        return new CompetenceStanding(competence, standing.level(), reached, rules.highest(), lines, next);
    }

    /** The rules of {@code level} with the quizzes and activities that can meet them. */
    private CompetenceStanding.NextStep next(int level, List<LevelName> levels, List<CompetencePractice> practice) {
        List<LevelRules.Rule> ways = rules.rules(level);
        List<CompetencePractice> fitting = practice.stream().filter(p -> ways.stream().anyMatch(rule -> fits(rule, p))).toList();
        return new CompetenceStanding.NextStep(levels.get(level - 1), ways, fitting);
    }

    private static boolean fits(LevelRules.Rule rule, CompetencePractice practice) {
        boolean kind = switch (rule.source()) {
            case QUIZ -> practice.kind() == CompetencePractice.Kind.QUIZ;
            case ACTIVITY, OBSERVATION -> practice.kind() == CompetencePractice.Kind.ACTIVITY;
            case ASSESSMENT -> false;
        };
        return kind && practice.level() >= rule.mappedLevel();
    }
}
