package nl.kring.roleplay;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The MITI summary scores of one played conversation, computed from the codes of the learner's responses (the
 * written code of a chosen response, the learner's own code of a typed one), held against the thresholds of the
 * Motivational Interviewing Treatment Integrity code 4.2.1 (Moyers, T.B., Manuel, J.K. &amp; Ernst, D. (2014).
 * <i>Motivational Interviewing Treatment Integrity Coding Manual 4.2.1</i>. Unpublished manual):
 *
 * <ul>
 *   <li><b>R:Q</b>, reflection-to-question ratio = (simple + complex reflections) / questions; fair from 1:1,
 *       good from 2:1;</li>
 *   <li><b>%CR</b>, percentage complex reflections = complex / (simple + complex reflections); fair from 40 %, good
 *       from 50 %;</li>
 *   <li><b>MI-adherent</b> = affirm + seeking collaboration + emphasising autonomy (counted; MITI 4.2 sets no
 *       threshold);</li>
 *   <li><b>MI-non-adherent</b> = persuade + confront; ideally 0 (MITI 4.2 sets no threshold either: 0 counts as
 *       good, anything else as below fair).</li>
 * </ul>
 *
 * Undefined ratios: without questions R:Q has no value; with reflections that counts as good (reflections
 * outnumber questions without limit), without reflections as below fair (there is no reflective listening to
 * count). Without reflections %CR has no value and is left out of the score.
 *
 * <p>MITI codes only the practitioner. What the persona says back — change talk, sustain talk, discord, as the
 * scenario marks its lines — is counted alongside ({@link ClientTalk}), after Miller &amp; Rollnick
 * (<i>Motivational Interviewing</i>, 3rd ed., 2013), but has no threshold and does not count in the score.
 *
 * <p><b>The score</b> (0..1) is the mean of the levels of R:Q, %CR and MI-non-adherent, counting good as 1, fair
 * as ½ and below fair as 0, over those that apply (%CR only when the learner reflected). No responses at all score 0.
 */
record MitiScores(Map<Code, Integer> counts, ClientTalk clientTalk) {

    /** How a summary score compares with the MITI thresholds; the order is from weak to strong. */
    enum Level {
        BELOW_FAIR, FAIR, GOOD;

        double points() {
            return switch (this) {
                case GOOD -> 1;
                case FAIR -> 0.5;
                case BELOW_FAIR -> 0;
            };
        }
    }

    /** The summary scores held against a threshold, in the order weakest-first ties are broken. */
    enum Measure {
        NON_ADHERENT, REFLECTION_TO_QUESTION, PERCENT_COMPLEX
    }

    /**
     * What the personas said after the learner's responses, plus the scenario's effects of those responses.
     *
     * @param changeLines  persona lines with {@code talk: change} at the nodes reached after a learner response
     * @param changeEffect the sum of the {@code changeTalk} effects of the chosen responses
     */
    record ClientTalk(int changeLines, int sustainLines, int discordLines, int changeEffect, int sustainEffect,
                      int discordEffect) {

        static final ClientTalk NONE = new ClientTalk(0, 0, 0, 0, 0, 0);

        /** Change talk elicited: the lines plus the effects, at least 0. */
        int changeTalk() {
            return Math.max(0, changeLines + changeEffect);
        }

        int sustainTalk() {
            return Math.max(0, sustainLines + sustainEffect);
        }

        int discord() {
            return Math.max(0, discordLines + discordEffect);
        }
    }

    MitiScores {
        EnumMap<Code, Integer> copy = new EnumMap<>(Code.class);
        counts.forEach((code, count) -> {
            if (count > 0) {
                copy.put(code, count);
            }
        });
        counts = Collections.unmodifiableMap(copy);
    }

    static MitiScores of(List<Code> codes, ClientTalk clientTalk) {
        Map<Code, Integer> counts = new EnumMap<>(Code.class);
        codes.forEach(code -> counts.merge(code, 1, Integer::sum));
        return new MitiScores(counts, clientTalk);
    }

    int count(Code code) {
        return counts.getOrDefault(code, 0);
    }

    int responses() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    int questions() {
        return count(Code.QUESTION);
    }

    int simpleReflections() {
        return count(Code.SIMPLE_REFLECTION);
    }

    int complexReflections() {
        return count(Code.COMPLEX_REFLECTION);
    }

    int reflections() {
        return simpleReflections() + complexReflections();
    }

    /** Affirm + seeking collaboration + emphasising autonomy. */
    int adherent() {
        return count(Code.AFFIRM) + count(Code.SEEKING_COLLABORATION) + count(Code.EMPHASISING_AUTONOMY);
    }

    /** Persuade + confront. */
    int nonAdherent() {
        return count(Code.PERSUADE) + count(Code.CONFRONT);
    }

    /** (SR + CR) / Q; empty when no questions were asked. */
    OptionalDouble reflectionToQuestion() {
        return questions() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) reflections() / questions());
    }

    /** CR / (SR + CR), between 0 and 1; empty when there were no reflections. */
    OptionalDouble percentComplex() {
        return reflections() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) complexReflections() / reflections());
    }

    /** Good from 2:1, fair from 1:1; without questions good if there were reflections, else below fair. */
    Level reflectionToQuestionLevel() {
        int r = reflections();
        int q = questions();
        if (q == 0) {
            return r > 0 ? Level.GOOD : Level.BELOW_FAIR;
        }
        return r >= 2 * q ? Level.GOOD : r >= q ? Level.FAIR : Level.BELOW_FAIR;
    }

    /** Good from 50 %, fair from 40 %; empty without reflections. Compared in whole numbers, so 2 of 5 is fair. */
    Optional<Level> percentComplexLevel() {
        int cr = complexReflections();
        int r = reflections();
        if (r == 0) {
            return Optional.empty();
        }
        return Optional.of(2 * cr >= r ? Level.GOOD : 10 * cr >= 4 * r ? Level.FAIR : Level.BELOW_FAIR);
    }

    /** Good at 0, otherwise below fair. */
    Level nonAdherentLevel() {
        return nonAdherent() == 0 ? Level.GOOD : Level.BELOW_FAIR;
    }

    /** The level of each measure that applies, in tie-breaking order. */
    Map<Measure, Level> levels() {
        Map<Measure, Level> levels = new EnumMap<>(Measure.class);
        if (responses() == 0) {
            return levels;
        }
        levels.put(Measure.NON_ADHERENT, nonAdherentLevel());
        levels.put(Measure.REFLECTION_TO_QUESTION, reflectionToQuestionLevel());
        percentComplexLevel().ifPresent(level -> levels.put(Measure.PERCENT_COMPLEX, level));
        return levels;
    }

    /** The mean of the levels that apply (good 1, fair ½, below fair 0); 0 without responses. */
    double score() {
        Map<Measure, Level> levels = levels();
        return levels.isEmpty() ? 0 : levels.values().stream().mapToDouble(Level::points).average().orElse(0);
    }

    /**
     * The measure to practise next: the one with the lowest level, ties going to MI-non-adherent, then R:Q, then %CR;
     * empty when every measure that applies is good.
     */
    Optional<Measure> weakest() {
        Map.Entry<Measure, Level> weakest = null;
        for (Map.Entry<Measure, Level> entry : levels().entrySet()) {
            if (weakest == null || entry.getValue().compareTo(weakest.getValue()) < 0) {
                weakest = entry;
            }
        }
        return weakest == null || weakest.getValue() == Level.GOOD ? Optional.empty() : Optional.of(weakest.getKey());
    }
}
