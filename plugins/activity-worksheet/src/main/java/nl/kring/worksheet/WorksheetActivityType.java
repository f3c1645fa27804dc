package nl.kring.worksheet;

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
 * Activity type {@code worksheet}: a case to read and fields to fill in (for example the triggers, the behaviour and
 * its consequences in a CRAFT functional analysis). After submitting, the learner sees per field which key points
 * they covered and which they missed, and the trainer's model answer.
 */
@Extension
public class WorksheetActivityType implements ActivityType {

    @Override
    public String type() {
        return "worksheet";
    }

    @Override
    public List<ActivityProblem> validate(ActivitySource activity) {
        WorksheetReader reader = new WorksheetReader(activity.languages());
        reader.read(activity.yaml());
        return reader.problems();
    }

    @Override
    public ActivityView render(ActivitySource activity, String language) {
        Worksheet worksheet = new WorksheetReader(activity.languages()).read(activity.yaml());
        List<ActivityBlock> blocks = new ArrayList<>();
        String story = Worksheet.in(worksheet.story(), language);
        if (!story.isBlank()) {
            blocks.add(new ActivityBlock.Text(story));
        }
        for (Worksheet.Field field : worksheet.fields()) {
            blocks.add(new ActivityBlock.FreeText(field.id(), Worksheet.in(field.label(), language)));
        }
        return new ActivityView(Worksheet.in(worksheet.intro(), language), blocks);
    }

    @Override
    public ActivityResult score(ActivitySource activity, Map<String, String> answers, String language) {
        Worksheet worksheet = new WorksheetReader(activity.languages()).read(activity.yaml());
        List<WorksheetScorer.FieldResult> results = new WorksheetScorer().score(worksheet, answers, language);
        return new ActivityResult(WorksheetScorer.average(results), Feedback.of(results, language));
    }
}
