package nl.kring.genogram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.kring.api.activity.ActivityBlock;
import nl.kring.api.activity.ActivityProblem;
import nl.kring.api.activity.ActivityResult;
import nl.kring.api.activity.ActivitySource;
import nl.kring.api.activity.ActivityStep;
import nl.kring.api.activity.ActivityType;
import nl.kring.api.activity.ActivityView;
import org.pf4j.Extension;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Build exercise ({@code type: genogram-build}): the learner reads a case and writes its genogram, with a live
 * preview; checking it compares it with the model answer element by element ({@link GenogramDiff}) and gives the
 * score and specific findings ("Tim is missing among the children of Ernst and Laura"). Stepwise: the state is the
 * genogram the learner checked; empty while they are still writing.
 */
@Extension
public class GenogramBuildActivityType implements ActivityType {

    static final String EDITOR = "genogram";

    /** The exercise as written: the case per language, the model answer and an optional start. */
    record Build(Map<String, String> caseText, String answer, int answerLine, String start) {
    }

    @Override
    public String type() {
        return "genogram-build";
    }

    @Override
    public boolean stepwise() {
        return true;
    }

    @Override
    public List<ActivityProblem> validate(ActivitySource activity) {
        List<ActivityProblem> problems = new ArrayList<>();
        read(activity.yaml(), activity.languages(), problems);
        return problems;
    }

    @Override
    public ActivityStep step(ActivitySource activity, String state, String language) {
        Build build = build(activity);
        boolean dutch = "nl".equals(language);
        String fallback = activity.languages().get(0);
        List<ActivityBlock> transcript = new ArrayList<>();
        transcript.add(new ActivityBlock.Text(ReadExercise.text(build.caseText(), language, fallback)));
        if (state.isEmpty()) {
            return new ActivityStep(transcript, List.of(new ActivityBlock.DiagramEditor(EDITOR, "genogram",
                    dutch ? "Teken het genogram van deze casus" : "Draw the genogram of this case", build.start())),
                    Optional.empty(), List.of());
        }
        GenogramDiff.Comparison comparison = GenogramDiff.compare(build.answer(), state, language);
        transcript.add(new ActivityBlock.Picture("genogram", state));
        StringBuilder feedback = new StringBuilder(dutch
                ? comparison.right() + " van de " + comparison.total() + " onderdelen kloppen met het modelantwoord.\n\n"
                : comparison.right() + " of the " + comparison.total() + " elements match the model answer.\n\n");
        if (comparison.findings().isEmpty()) {
            feedback.append(dutch ? "Alles klopt: personen, relaties en kinderen staan goed." : "Everything matches: people, couples and children are right.");
        } else {
            feedback.append(dutch ? "**Wat nog niet klopt:**\n\n" : "**What does not match yet:**\n\n");
            comparison.findings().forEach(f -> feedback.append("- ").append(f.message()).append('\n'));
            feedback.append(dutch ? "\nSpeel opnieuw om je genogram te verbeteren." : "\nPlay again to improve your genogram.");
        }
        return new ActivityStep(transcript, List.of(), Optional.of(new ActivityResult(comparison.score(), feedback.toString())),
                List.of());
    }

    @Override
    public String move(ActivitySource activity, String state, Map<String, String> input, String language) {
        if (!state.isEmpty()) {
            throw new IllegalArgumentException("this genogram was checked already; play again to change it");
        }
        String text = input.getOrDefault(EDITOR, "");
        if (text.isBlank()) {
            throw new IllegalArgumentException("write the genogram first");
        }
        if (text.length() > 20_000) {
            throw new IllegalArgumentException("the genogram is longer than 20,000 characters");
        }
        return text.strip() + "\n";
    }

    @Override
    public ActivityView render(ActivitySource activity, String language) {
        return new ActivityView("", List.of(new ActivityBlock.Text("nl".equals(language)
                ? "Deze oefening bouw je stap voor stap; deze versie van Kring kan haar niet tonen."
                : "This exercise is built step by step; this version of Kring cannot show it.")));
    }

    @Override
    public ActivityResult score(ActivitySource activity, Map<String, String> answers, String language) {
        throw new UnsupportedOperationException("genogram-build is stepwise: it is scored in step(), not score()");
    }

    private static Build build(ActivitySource activity) {
        List<ActivityProblem> problems = new ArrayList<>();
        Build build = read(activity.yaml(), activity.languages(), problems).orElse(null);
        if (build == null || !problems.isEmpty()) {
            throw new IllegalStateException(activity.path() + ":" + (problems.isEmpty() ? 1 : problems.get(0).line()) + ": "
                    + (problems.isEmpty() ? "cannot be read" : problems.get(0).message()));
        }
        return build;
    }

    static Optional<Build> read(String yaml, List<String> languages, List<ActivityProblem> problems) {
        Optional<MappingNode> root = YamlNodes.root(yaml, problems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Map<String, NodeTuple> entries = YamlNodes.entries(root.get());
        entries.forEach((key, tuple) -> {
            if (!List.of("id", "type", "title", "module", "order", "competences", "case", "answer", "start").contains(key)) {
                problems.add(new ActivityProblem(tuple.getKeyNode().getStartMark().getLine() + 1, "unknown key '" + key + "'",
                        "a build exercise has case, answer and optionally start"));
            }
        });
        Map<String, String> caseText = new LinkedHashMap<>();
        NodeTuple caseTuple = entries.get("case");
        if (caseTuple != null && caseTuple.getValueNode() instanceof MappingNode texts) {
            for (NodeTuple t : texts.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && t.getValueNode() instanceof ScalarNode v) {
                    caseText.put(k.getValue(), v.getValue());
                }
            }
        }
        for (String language : languages) {
            if (caseText.getOrDefault(language, "").isBlank()) {
                problems.add(new ActivityProblem(caseTuple == null ? 1 : caseTuple.getKeyNode().getStartMark().getLine() + 1,
                        "'case' has no text for language '" + language + "'", "case: {nl: …, en: …}, the case to draw"));
            }
        }
        String answer = notation(entries.get("answer"), "answer", problems, true);
        int answerLine = entries.get("answer") == null ? 1 : entries.get("answer").getValueNode().getStartMark().getLine() + 2;
        String start = notation(entries.get("start"), "start", problems, false);
        return Optional.of(new Build(caseText, answer, answerLine, start));
    }

    private static String notation(NodeTuple tuple, String key, List<ActivityProblem> problems, boolean required) {
        if (tuple == null || !(tuple.getValueNode() instanceof ScalarNode scalar)) {
            if (required) {
                problems.add(new ActivityProblem(1, "no " + key, key + ": | followed by the genogram notation, indented"));
            }
            return "";
        }
        int first = scalar.getStartMark().getLine() + 1 + (scalar.getScalarStyle().getChar() != null ? 1 : 0);
        for (Problem problem : Genograms.check(scalar.getValue(), "genogram")) {
            if (problem.isError()) {
                problems.add(new ActivityProblem(first + problem.line() - 1, problem.message(), problem.hint()));
            }
        }
        return scalar.getValue();
    }
}
