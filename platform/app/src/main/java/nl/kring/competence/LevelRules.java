package nl.kring.competence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The rules that turn evidence into a level (see {@code competence-levels.yaml}): level N is reached when every
 * level up to N has a rule met by one piece of evidence. Pure: the same evidence and rules give the same level.
 */
public final class LevelRules {

    /**
     * One way to reach a level.
     *
     * @param passed whether a quiz must have passed (ignored for other sources)
     */
    public record Rule(int level, EvidenceSource source, int mappedLevel, double minScore, boolean passed) {

        public boolean metBy(EvidenceFact fact) {
            return fact.source() == source && fact.level() >= mappedLevel && fact.score() >= minScore - 1e-9
                    && (!passed || Boolean.TRUE.equals(fact.passed()));
        }
    }

    /** A competence's level with the evidence that met each level (the first that did, per level). */
    public record Standing(int level, List<EvidenceFact> reachedBy) {
    }

    private final List<List<Rule>> levels;

    LevelRules(List<List<Rule>> levels) {
        this.levels = levels.stream().map(List::copyOf).toList();
    }

    /** The highest level all of whose lower levels are met too; 0 when not even level 1 is. */
    public Standing standing(List<EvidenceFact> evidence) {
        List<EvidenceFact> reachedBy = new ArrayList<>();
        for (List<Rule> rules : levels) {
            Optional<EvidenceFact> met = evidence.stream().filter(fact -> rules.stream().anyMatch(rule -> rule.metBy(fact)))
                    .findFirst();
            if (met.isEmpty()) {
                break;
            }
            reachedBy.add(met.get());
        }
        return new Standing(reachedBy.size(), reachedBy);
    }

    /** The rules of a level (1 …); empty beyond the highest. */
    public List<Rule> rules(int level) {
        return level >= 1 && level <= levels.size() ? levels.get(level - 1) : List.of();
    }

    public int highest() {
        return levels.size();
    }

    /** Reads the rules file; every mistake is reported with its place. */
    static LevelRules read(InputStream in, String name) {
        Object root;
        try (in) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("levels") instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalStateException(name + ": needs 'levels:', a list of levels with their rules");
        }
        List<List<Rule>> levels = new ArrayList<>();
        for (Object entry : list) {
            int number = levels.size() + 1;
            if (!(entry instanceof Map<?, ?> level) || !Integer.valueOf(number).equals(level.get("level"))
                    || !(level.get("rules") instanceof List<?> rules) || rules.isEmpty()) {
                throw new IllegalStateException(name + ": level " + number + " must say 'level: " + number
                        + "' and have at least one rule");
            }
            List<Rule> read = new ArrayList<>();
            for (Object r : rules) {
                read.add(rule(number, r, name));
            }
            levels.add(read);
        }
        return new LevelRules(levels);
    }

    private static Rule rule(int level, Object value, String name) {
        if (!(value instanceof Map<?, ?> rule) || !(rule.get("source") instanceof String source)) {
            throw new IllegalStateException(name + ": a rule of level " + level + " needs a source (quiz, activity,"
                    + " observation, assessment)");
        }
        EvidenceSource kind;
        try {
            kind = EvidenceSource.valueOf(source.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + ": unknown source '" + source + "' in level " + level
                    + " (sources are quiz, activity, observation, assessment)", e);
        }
        int mapped = rule.get("level") instanceof Integer i ? i : level;
        double minScore = rule.get("minScore") instanceof Number n ? n.doubleValue() : 0;
        if (minScore < 0 || minScore > 1) {
            throw new IllegalStateException(name + ": minScore " + minScore + " in level " + level + " is not between 0 and 1");
        }
        return new Rule(level, kind, mapped, minScore, Boolean.TRUE.equals(rule.get("passed")));
    }
}
