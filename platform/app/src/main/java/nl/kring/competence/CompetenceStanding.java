package nl.kring.competence;

import java.util.List;

import nl.kring.catalog.CompetenceCatalog.CompetenceName;
import nl.kring.catalog.CompetenceCatalog.LevelName;
import nl.kring.catalog.CompetencePractice;

/**
 * One competence in a learner's profile: the level reached, the evidence behind it (newest first) and what would
 * reach the next level.
 *
 * @param level    0 when not even the first level is reached
 * @param reached  the name of the level reached; empty when none
 * @param next     empty when the highest level is reached
 */
public record CompetenceStanding(CompetenceName competence, int level, java.util.Optional<LevelName> reached,
                                 int highest, List<EvidenceLine> evidence, java.util.Optional<NextStep> next) {

    /** A piece of evidence as the learner sees it. */
    public record EvidenceLine(EvidenceItem item, String title, String courseTitle, String path, boolean counted) {
    }

    /**
     * The next level and the ways to reach it.
     *
     * @param practice quizzes and activities of the installed courses that can give the evidence a rule asks for
     */
    public record NextStep(LevelName level, List<LevelRules.Rule> rules, List<CompetencePractice> practice) {
    }
}
