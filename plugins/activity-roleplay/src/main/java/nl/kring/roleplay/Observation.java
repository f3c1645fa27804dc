package nl.kring.roleplay;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.kring.api.activity.ActivityBlock;
import nl.kring.api.activity.ActivityResult;
import nl.kring.api.activity.ActivityView;

/**
 * A trainer's coding of a live or recorded conversation, as in a MITI 4.2.1 assessment: a count per behaviour code
 * and the four global ratings (1-5), with a comment. The summary scores are those of {@link MitiScores}, plus the
 * technical global (the mean of cultivating change talk and softening sustain talk; fair from 3, good from 4) and
 * the relational global (the mean of partnership and empathy; fair from 3.5, good from 4). The score is the mean of
 * the levels that apply (good 1, fair ½, below fair 0), like a played role-play's.
 */
final class Observation {

    /** The four MITI 4.2.1 global dimensions, rated 1 to 5. */
    enum Global {
        CULTIVATING_CHANGE_TALK("cultivating-change-talk", "verandertaal ontlokken", "cultivating change talk"),
        SOFTENING_SUSTAIN_TALK("softening-sustain-talk", "behoudtaal verzachten", "softening sustain talk"),
        PARTNERSHIP("partnership", "partnerschap", "partnership"),
        EMPATHY("empathy", "empathie", "empathy");

        private final String id;
        private final String dutch;
        private final String english;

        Global(String id, String dutch, String english) {
            this.id = id;
            this.dutch = dutch;
            this.english = english;
        }

        String id() {
            return "global-" + id;
        }

        String label(String language) {
            return "nl".equals(language) ? dutch : english;
        }
    }

    static final String COMMENT = "comment";
    private static final int MAX_COUNT = 500;

    private Observation() {
    }

    static ActivityView form(String language) {
        boolean dutch = "nl".equals(language);
        List<ActivityBlock> blocks = new ArrayList<>();
        blocks.add(new ActivityBlock.Text(dutch ? "**Gedragscodes**: tel hoe vaak de deelnemer elk gedrag liet zien."
                : "**Behaviour codes**: count how often the learner showed each behaviour."));
        for (Code code : Code.values()) {
            blocks.add(new ActivityBlock.Number("count-" + code.id(), capital(code.label(language)), 0, MAX_COUNT));
        }
        blocks.add(new ActivityBlock.Text(dutch ? "**Globale beoordeling** (1 = laag, 5 = hoog)."
                : "**Global ratings** (1 = low, 5 = high)."));
        for (Global global : Global.values()) {
            blocks.add(new ActivityBlock.Number(global.id(), capital(global.label(language)), 1, 5));
        }
        blocks.add(new ActivityBlock.FreeText(COMMENT, dutch ? "Commentaar voor de deelnemer" : "Comment for the learner"));
        return new ActivityView(dutch
                ? "Codeer het gesprek zoals de MITI 4.2.1-handleiding beschrijft (Moyers, Manuel & Ernst, 2014). Kring berekent de samenvattende scores en houdt ze tegen de drempels voor *redelijk* en *goed*."
                : "Code the conversation as the MITI 4.2.1 manual describes (Moyers, Manuel & Ernst, 2014). Kring computes the summary scores and holds them against the *fair* and *good* thresholds.",
                blocks);
    }

    /**
     * @throws IllegalArgumentException naming the field, when a count or rating is missing, not a number or out of range
     */
    static ActivityResult score(Map<String, String> answers, String language) {
        Map<Code, Integer> counts = new EnumMap<>(Code.class);
        for (Code code : Code.values()) {
            counts.put(code, number(answers, "count-" + code.id(), 0, MAX_COUNT, 0, capital(code.label(language)), language));
        }
        Map<Global, Integer> globals = new EnumMap<>(Global.class);
        for (Global global : Global.values()) {
            globals.put(global, number(answers, global.id(), 1, 5, -1, capital(global.label(language)), language));
        }
        MitiScores scores = new MitiScores(counts, MitiScores.ClientTalk.NONE);
        double technical = (globals.get(Global.CULTIVATING_CHANGE_TALK) + globals.get(Global.SOFTENING_SUSTAIN_TALK)) / 2.0;
        double relational = (globals.get(Global.PARTNERSHIP) + globals.get(Global.EMPATHY)) / 2.0;
        MitiScores.Level technicalLevel = technical >= 4 ? MitiScores.Level.GOOD : technical >= 3 ? MitiScores.Level.FAIR
                : MitiScores.Level.BELOW_FAIR;
        MitiScores.Level relationalLevel = relational >= 4 ? MitiScores.Level.GOOD : relational >= 3.5 ? MitiScores.Level.FAIR
                : MitiScores.Level.BELOW_FAIR;
        List<MitiScores.Level> levels = new ArrayList<>(scores.levels().values());
        levels.add(technicalLevel);
        levels.add(relationalLevel);
        double score = levels.stream().mapToDouble(MitiScores.Level::points).average().orElse(0);
        return new ActivityResult(score, feedback(scores, technical, technicalLevel, relational, relationalLevel,
                answers.getOrDefault(COMMENT, "").strip(), language));
    }

    private static String feedback(MitiScores scores, double technical, MitiScores.Level technicalLevel, double relational,
                                   MitiScores.Level relationalLevel, String comment, String language) {
        boolean dutch = "nl".equals(language);
        StringBuilder text = new StringBuilder();
        text.append(dutch ? "| Score | Waarde | Niveau |\n|---|---|---|\n" : "| Score | Value | Level |\n|---|---|---|\n");
        text.append(row(dutch ? "Reflecties : vragen" : "Reflections : questions",
                scores.reflectionToQuestion().isPresent() ? String.format(Locale.ROOT, "%.1f : 1", scores.reflectionToQuestion().getAsDouble())
                        : dutch ? "niet bepaald (geen vragen)" : "not defined (no questions)",
                level(scores.reflectionToQuestionLevel(), language)));
        text.append(row(dutch ? "% complexe reflecties" : "% complex reflections",
                scores.percentComplex().isPresent() ? Math.round(scores.percentComplex().getAsDouble() * 100) + "%"
                        : dutch ? "niet bepaald (geen reflecties)" : "not defined (no reflections)",
                scores.percentComplexLevel().map(l -> level(l, language)).orElse("—")));
        text.append(row(dutch ? "MI-consistent (bevestigen, samenwerking, autonomie)" : "MI-adherent (affirm, collaboration, autonomy)",
                String.valueOf(scores.adherent()), "—"));
        text.append(row(dutch ? "MI-inconsistent (overtuigen, confronteren)" : "MI-non-adherent (persuade, confront)",
                String.valueOf(scores.nonAdherent()), level(scores.nonAdherentLevel(), language)));
        text.append(row(dutch ? "Technisch globaal" : "Technical global", String.format(Locale.ROOT, "%.1f", technical),
                level(technicalLevel, language)));
        text.append(row(dutch ? "Relationeel globaal" : "Relational global", String.format(Locale.ROOT, "%.1f", relational),
                level(relationalLevel, language)));
        text.append(dutch ? "\nDrempels (MITI 4.2.1): R:Q redelijk vanaf 1:1, goed vanaf 2:1; complexe reflecties redelijk vanaf 40 %, goed vanaf 50 %; technisch redelijk vanaf 3, goed vanaf 4; relationeel redelijk vanaf 3,5, goed vanaf 4.\n"
                : "\nThresholds (MITI 4.2.1): R:Q fair from 1:1, good from 2:1; complex reflections fair from 40 %, good from 50 %; technical fair from 3, good from 4; relational fair from 3.5, good from 4.\n");
        if (!comment.isEmpty()) {
            text.append(dutch ? "\n**Commentaar van de trainer:** " : "\n**The trainer's comment:** ").append(comment.replace("\n", " ")).append('\n');
        }
        return text.toString();
    }

    private static String row(String name, String value, String level) {
        return "| " + name + " | " + value + " | " + level + " |\n";
    }

    private static String level(MitiScores.Level level, String language) {
        boolean dutch = "nl".equals(language);
        return switch (level) {
            case GOOD -> dutch ? "goed" : "good";
            case FAIR -> dutch ? "redelijk" : "fair";
            case BELOW_FAIR -> dutch ? "onder redelijk" : "below fair";
        };
    }

    /** @param absent the value when the field is left empty, or -1 when it must be filled in */
    private static int number(Map<String, String> answers, String id, int min, int max, int absent, String label,
                              String language) {
        String value = answers.getOrDefault(id, "").strip();
        boolean dutch = "nl".equals(language);
        if (value.isEmpty()) {
            if (absent < 0) {
                throw new IllegalArgumentException(dutch ? "Vul '" + label + "' in (1 tot en met 5)." : "Fill in '" + label + "' (1 to 5).");
            }
            return absent;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(dutch ? "'" + label + "' moet een heel getal van " + min + " tot en met " + max + " zijn."
                    : "'" + label + "' must be a whole number from " + min + " to " + max + ".");
        }
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
