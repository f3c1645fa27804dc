package nl.kring.genogram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.kring.api.activity.ActivityBlock;
import nl.kring.api.activity.ActivityProblem;
import nl.kring.api.activity.ActivityResult;
import nl.kring.api.activity.ActivitySource;
import nl.kring.api.activity.ActivityType;
import nl.kring.api.activity.ActivityView;
import org.pf4j.Extension;

/**
 * Read exercise ({@code type: genogram-read}): the learner studies a genogram or network map and answers questions
 * about it (patterns across generations, who could be a source of support). The score is the share of questions
 * answered right; the feedback goes through every question.
 */
@Extension
public class GenogramReadActivityType implements ActivityType {

    @Override
    public String type() {
        return "genogram-read";
    }

    @Override
    public List<ActivityProblem> validate(ActivitySource activity) {
        List<ActivityProblem> problems = new ArrayList<>();
        ReadExercise.read(activity.yaml(), activity.languages(), problems);
        return problems;
    }

    @Override
    public ActivityView render(ActivitySource activity, String language) {
        ReadExercise exercise = exercise(activity);
        String fallback = activity.languages().get(0);
        List<ActivityBlock> blocks = new ArrayList<>();
        blocks.add(new ActivityBlock.Picture(exercise.diagramLanguage(), exercise.notation()));
        for (ReadExercise.Question question : exercise.questions()) {
            blocks.add(new ActivityBlock.Choice(question.id(), ReadExercise.text(question.text(), language, fallback),
                    question.options().stream().map(o -> new ActivityBlock.Option(o.id(), ReadExercise.text(o.text(), language, fallback)))
                            .toList(), false));
        }
        return new ActivityView(ReadExercise.text(exercise.intro(), language, fallback), blocks);
    }

    @Override
    public ActivityResult score(ActivitySource activity, Map<String, String> answers, String language) {
        ReadExercise exercise = exercise(activity);
        String fallback = activity.languages().get(0);
        boolean dutch = "nl".equals(language);
        StringBuilder feedback = new StringBuilder();
        int right = 0;
        for (ReadExercise.Question question : exercise.questions()) {
            String given = answers.getOrDefault(question.id(), "");
            ReadExercise.Option chosen = question.options().stream().filter(o -> o.id().equals(given)).findFirst().orElse(null);
            ReadExercise.Option correct = question.options().stream().filter(ReadExercise.Option::correct).findFirst().orElseThrow();
            boolean ok = chosen != null && chosen.correct();
            right += ok ? 1 : 0;
            feedback.append("**").append(ReadExercise.text(question.text(), language, fallback)).append("**  \n");
            feedback.append(ok ? (dutch ? "Goed: " : "Right: ") : (dutch ? "Niet goed. Het juiste antwoord: " : "Not right. The right answer: "))
                    .append(ReadExercise.text(correct.text(), language, fallback)).append("\n\n");
            ReadExercise.Option explained = chosen != null ? chosen : correct;
            String text = ReadExercise.text(explained.feedback(), language, fallback);
            if (!text.isBlank()) {
                feedback.append("> ").append(text.replace("\n", "\n> ")).append("\n\n");
            }
        }
        double score = exercise.questions().isEmpty() ? 0 : (double) right / exercise.questions().size();
        return new ActivityResult(score, feedback.toString());
    }

    private static ReadExercise exercise(ActivitySource activity) {
        List<ActivityProblem> problems = new ArrayList<>();
        ReadExercise exercise = ReadExercise.read(activity.yaml(), activity.languages(), problems).orElse(null);
        if (exercise == null || !problems.isEmpty()) {
            throw new IllegalStateException(activity.path() + ":" + (problems.isEmpty() ? 1 : problems.get(0).line()) + ": "
                    + (problems.isEmpty() ? "cannot be read" : problems.get(0).message()));
        }
        return exercise;
    }
}
