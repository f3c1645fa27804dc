package nl.kring.roleplay;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The feedback at the end of a role-play, in Markdown, in the learner's language (Dutch or English): the outcome,
 * the path with the code of and the feedback on every response, the MITI 4.2 summary scores against their
 * thresholds (see {@link MitiScores}), the score and what to practise next.
 */
final class Summary {

    private final boolean dutch;
    private final String language;

    private Summary(String language) {
        this.language = language;
        this.dutch = "nl".equals(language);
    }

    static String markdown(Play play, MitiScores scores, String language) {
        return new Summary(language).write(play, scores);
    }

    private String t(String nl, String en) {
        return dutch ? nl : en;
    }

    private String write(Play play, MitiScores scores) {
        StringBuilder text = new StringBuilder();
        String outcome = Scenario.in(play.current().outcome(), language);
        if (!outcome.isBlank()) {
            text.append("### ").append(t("Afloop", "Outcome")).append("\n\n").append(outcome.strip()).append("\n\n");
        }
        path(text, play);
        table(text, scores);
        clientTalk(text, play, scores.clientTalk());
        text.append(t("**Score: ", "**Score: ")).append(Math.round(scores.score() * 100)).append("%.** ")
                .append(t("Het gemiddelde van je oordelen voor R:Q, %CR en niet MI-conform gedrag (goed = 1, redelijk = ½, "
                                + "onder redelijk = 0); %CR telt alleen mee als je reflecteerde. Getypte reacties tellen mee met de "
                                + "code die je ze zelf gaf.",
                        "The mean of your levels for R:Q, %CR and MI-non-adherent behaviour (good = 1, fair = ½, below fair = 0); "
                                + "%CR counts only if you reflected. Typed responses count with the code you gave them."))
                .append("\n\n");
        text.append("### ").append(t("Wat je nu kunt oefenen", "What to practise next")).append("\n\n")
                .append(advice(scores));
        return text.toString().strip();
    }

    // ---- the path

    private void path(StringBuilder text, Play play) {
        text.append("### ").append(t("Je gesprek", "Your conversation")).append("\n\n");
        int number = 0;
        for (Play.Visit visit : play.visits()) {
            PlayState.Move move = visit.move();
            if (move == null) {
                continue;
            }
            number++;
            if (move.isTyped()) {
                text.append("**").append(number).append(".** ").append(t("Je typte", "You typed")).append(" (*")
                        .append(move.code().label(language)).append("*, ").append(t("je eigen code", "your own code"))
                        .append("): “").append(Play.literal(oneLine(move.text()))).append("”\n\n");
                text.append(quote(Play.examples(visit.node().typed(), language))).append("\n\n");
            } else {
                Scenario.Response response = visit.node().response(move.response()).orElseThrow();
                text.append("**").append(number).append(".** ").append(t("Je koos", "You chose")).append(" (*")
                        .append(response.code().label(language)).append("*): “")
                        .append(oneLine(Scenario.in(response.text(), language))).append("”\n\n");
                text.append(quote(Scenario.in(response.feedback(), language))).append("\n\n");
            }
        }
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String quote(String markdown) {
        return "> " + markdown.strip().replaceAll("\\R", "\n> ");
    }

    // ---- the MITI summary scores

    private void table(StringBuilder text, MitiScores scores) {
        text.append("### ").append(t("Je MITI 4.2-samenvattingsscores", "Your MITI 4.2 summary scores")).append("\n\n");
        text.append(t("| maat | jij | redelijk | goed | oordeel |\n", "| measure | you | fair | good | level |\n"));
        text.append("|---|---|---|---|---|\n");
        int r = scores.reflections();
        int q = scores.questions();
        String counted = "(" + reflections(r) + ", " + questions(q) + ")";
        text.append(row(t("Reflecties per vraag (R:Q)", "Reflection-to-question ratio (R:Q)"),
                scores.reflectionToQuestion().isPresent()
                        ? ratio(scores.reflectionToQuestion().getAsDouble()) + " " + counted
                        : t("niet gedefinieerd ", "not defined ") + counted,
                "1:1", "2:1", level(scores.reflectionToQuestionLevel())));
        int cr = scores.complexReflections();
        text.append(row(t("Complexe reflecties (%CR)", "Complex reflections (%CR)"),
                scores.percentComplex().isPresent()
                        ? Math.round(scores.percentComplex().getAsDouble() * 100) + "% (" + cr + t(" van ", " of ") + r + ")"
                        : t("niet gedefinieerd (geen reflecties)", "not defined (no reflections)"),
                "40%", "50%", scores.percentComplexLevel().map(this::level).orElse(t("telt niet mee", "not counted"))));
        text.append(row(t("MI-conform (bevestigen + samenwerking zoeken + autonomie benadrukken)",
                        "MI-adherent (affirm + seeking collaboration + emphasising autonomy)"),
                String.valueOf(scores.adherent()), "–", "–", t("geen drempel", "no threshold")));
        text.append(row(t("Niet MI-conform (overtuigen + confronteren)", "MI-non-adherent (persuade + confront)"),
                String.valueOf(scores.nonAdherent()), "–", t("0 (ideaal)", "0 (ideal)"), level(scores.nonAdherentLevel())));
        text.append(row(t("Verandertaal uitgelokt", "Change talk elicited"),
                String.valueOf(scores.clientTalk().changeTalk()), "–", "–", t("geen drempel", "no threshold")));
        text.append('\n');
        if (q == 0) {
            text.append(r > 0
                    ? t("Je stelde geen vragen, dus R:Q is niet gedefinieerd (het zou delen door nul zijn). Met " + reflections(r)
                                    + " en geen enkele vraag weegt reflecteren ruim zwaarder dan vragen: dat telt als goed.",
                            "No questions asked, so R:Q is not defined (it would divide by zero). With " + reflections(r)
                                    + " and no questions your reflecting clearly outweighs asking, so it counts as good.")
                    : t("Je stelde geen vragen en reflecteerde niet: R:Q is niet gedefinieerd. R:Q meet reflectief luisteren; "
                                    + "zonder reflecties telt het als onder redelijk.",
                            "No questions asked and no reflections: R:Q is not defined. R:Q measures reflective listening; "
                                    + "without reflections it counts as below fair."))
                    .append("\n\n");
        }
        if (r == 0) {
            text.append(t("Geen reflecties: %CR is niet gedefinieerd en telt niet mee in de score.",
                    "No reflections: %CR is not defined and does not count in the score.")).append("\n\n");
        }
        text.append(t("Drempels volgens de MITI 4.2.1 (Moyers, Manuel & Ernst, 2014). MITI stelt geen drempel voor MI-conform "
                        + "en niet MI-conform gedrag; niet MI-conform gedrag is bij voorkeur 0.",
                "Thresholds from the MITI 4.2.1 (Moyers, Manuel & Ernst, 2014). MITI sets no threshold for MI-adherent "
                        + "and MI-non-adherent behaviour; non-adherent behaviour is ideally 0.")).append("\n\n");
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    private String ratio(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        String number = rounded == Math.rint(rounded) ? String.valueOf((long) rounded)
                : String.format(dutch ? Locale.forLanguageTag("nl") : Locale.ROOT, "%.1f", rounded);
        return number + ":1";
    }

    private String level(MitiScores.Level level) {
        return switch (level) {
            case GOOD -> t("goed", "good");
            case FAIR -> t("redelijk", "fair");
            case BELOW_FAIR -> t("onder redelijk", "below fair");
        };
    }

    private String reflections(int count) {
        return count + (count == 1 ? t(" reflectie", " reflection") : t(" reflecties", " reflections"));
    }

    private String questions(int count) {
        return count + (count == 1 ? t(" vraag", " question") : t(" vragen", " questions"));
    }

    private String times(int count) {
        return count + (count == 1 ? t(" keer", " time") : t(" keer", " times"));
    }

    // ---- what the personas said

    private void clientTalk(StringBuilder text, Play play, MitiScores.ClientTalk talk) {
        List<Scenario.Persona> personas = play.scenario().personas();
        String who = personas.size() == 1 ? personas.get(0).name() : t("de anderen", "the others");
        text.append(t("Na je reacties uitte " + who + " " + times(talk.changeTalk()) + " verandertaal, " + times(talk.sustainTalk())
                        + " behoudtaal en " + times(talk.discord()) + " disharmonie",
                "After your responses " + who + " voiced change talk " + times(talk.changeTalk()) + ", sustain talk "
                        + times(talk.sustainTalk()) + " and discord " + times(talk.discord())));
        if (talk.changeEffect() != 0 || talk.sustainEffect() != 0 || talk.discordEffect() != 0) {
            text.append(t(" (inclusief wat je reacties bij " + who + " teweegbrachten: ",
                    " (including what your responses did to " + who + ": "));
            StringBuilder effects = new StringBuilder();
            effect(effects, talk.changeEffect(), t("verandertaal", "change talk"));
            effect(effects, talk.sustainEffect(), t("behoudtaal", "sustain talk"));
            effect(effects, talk.discordEffect(), t("disharmonie", "discord"));
            text.append(effects).append(")");
        }
        text.append(". ").append(t("Verandertaal telt niet mee in de score: MITI codeert alleen de hulpverlener.",
                "Change talk does not count in the score: MITI codes the practitioner only.")).append("\n\n");
    }

    private static void effect(StringBuilder effects, int value, String what) {
        if (value != 0) {
            if (!effects.isEmpty()) {
                effects.append(", ");
            }
            effects.append(value > 0 ? "+" : "−").append(Math.abs(value)).append(' ').append(what);
        }
    }

    // ---- advice

    private String advice(MitiScores scores) {
        Optional<MitiScores.Measure> weakest = scores.weakest();
        int r = scores.reflections();
        int q = scores.questions();
        if (weakest.isEmpty()) {
            MitiScores.ClientTalk talk = scores.clientTalk();
            if (talk.changeTalk() == 0 || talk.changeTalk() <= talk.sustainTalk()) {
                return t("**Lok verandertaal uit.** Je reacties haalden de MITI-drempels. Na je reacties klonk "
                                + times(talk.changeTalk()) + " verandertaal en " + times(talk.sustainTalk()) + " behoudtaal. "
                                + "Oefen met open vragen die verandertaal oproepen ('Wat zou er beter worden als …?') en reflecteer "
                                + "de verandertaal gericht, zodat die sterker wordt.",
                        "**Evoke change talk.** Your responses met the MITI thresholds. After your responses you heard change talk "
                                + times(talk.changeTalk()) + " and sustain talk " + times(talk.sustainTalk()) + ". Practise open "
                                + "questions that invite change talk ('What would be better if …?') and reflect the change talk "
                                + "selectively, so it grows.");
            }
            return t("**Houd dit vast en maak het je eigen.** Al je scores waren goed en er klonk meer verandertaal dan "
                            + "behoudtaal. Typ de volgende keer je eigen reacties waar dat kan: een reflectie in je eigen woorden is "
                            + "de stap naar echte gesprekken.",
                    "**Keep this up and make it your own.** All your scores were good and you heard more change talk than "
                            + "sustain talk. Next time, type your own responses where you can: a reflection in your own words is "
                            + "the step towards real conversations.");
        }
        return switch (weakest.get()) {
            case NON_ADHERENT -> t("**Laat overtuigen en confronteren los.** Je probeerde " + times(scores.nonAdherent())
                            + " te overtuigen of te confronteren. Merk je de neiging om het voor de ander op te lossen (de "
                            + "reparatiereflex), reflecteer dan wat je hoort — beide kanten van de twijfel — of vraag eerst "
                            + "toestemming voordat je informatie of advies geeft, en vraag daarna wat de ander ervan vindt.",
                    "**Let go of persuading and confronting.** You persuaded or confronted " + times(scores.nonAdherent())
                            + ". When you notice the urge to set things right (the righting reflex), reflect what you hear "
                            + "instead — both sides of the ambivalence — or ask permission before you give information or advice, "
                            + "and then ask what the other person makes of it.");
            case REFLECTION_TO_QUESTION -> r == 0
                    ? t("**Begin met reflecteren.** Je reflecteerde in dit gesprek niet. Oefen met in je eigen woorden teruggeven "
                                    + "wat de ander zegt of bedoelt, zonder vraagteken: 'Je maakt je zorgen over …'. Reflecties laten "
                                    + "merken dat je luistert en nodigen uit om verder te vertellen.",
                            "**Start reflecting.** You did not reflect in this conversation. Practise saying back in your own "
                                    + "words what the other person says or means, without a question mark: 'You're worried about …'. "
                                    + "Reflections show that you listen and invite the other person to say more.")
                    : t("**Reflecteer meer, vraag minder.** Je stelde " + questions(q) + " en reflecteerde " + times(r)
                                    + ". Oefen om op elk antwoord eerst te reflecteren voordat je een nieuwe vraag stelt; mik op "
                                    + "twee reflecties per vraag.",
                            "**Reflect more, ask less.** You asked " + questions(q) + " and reflected " + times(r)
                                    + ". Practise answering each answer with a reflection before you ask the next question; aim "
                                    + "for two reflections per question.");
            case PERCENT_COMPLEX -> t("**Ga dieper met je reflecties.** " + scores.complexReflections() + " van je "
                            + reflections(r) + (r == 1 ? " was" : " waren") + " complex. Oefen met betekenis toevoegen: benoem het gevoel, maak de zin van "
                            + "de ander af, of houd beide kanten vast in een dubbelzijdige reflectie ('Aan de ene kant …, en aan "
                            + "de andere kant …').",
                    "**Go deeper with your reflections.** " + scores.complexReflections() + " of your " + reflections(r)
                            + (r == 1 ? " was" : " were") + " complex. Practise adding meaning: name the feeling, continue the other person's "
                            + "paragraph, or hold both sides in a double-sided reflection ('On the one hand …, and on the "
                            + "other …').");
        };
    }
}
