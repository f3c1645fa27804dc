package nl.kring.worksheet;

import java.util.List;

/** The feedback after a worksheet, in Markdown, in the learner's language (Dutch or English). */
final class Feedback {

    private Feedback() {
    }

    static String of(List<WorksheetScorer.FieldResult> results, String language) {
        boolean dutch = "nl".equals(language);
        StringBuilder text = new StringBuilder();
        for (WorksheetScorer.FieldResult result : results) {
            text.append("### ").append(Worksheet.in(result.field().label(), language)).append("\n\n");
            if (!result.answered()) {
                text.append(dutch ? "Je liet dit veld leeg." : "You left this field empty.").append("\n\n");
            }
            if (!result.found().isEmpty()) {
                text.append(dutch ? "Je noemde: " : "You mentioned: ").append(String.join(", ", result.found())).append(".\n\n");
            }
            if (!result.missed().isEmpty()) {
                text.append(dutch ? "Denk ook aan: " : "Also think of: ").append(String.join(", ", result.missed())).append(".\n\n");
            }
            String model = Worksheet.in(result.field().model(), language);
            if (!model.isBlank()) {
                text.append(dutch ? "**Voorbeeldantwoord.** " : "**Model answer.** ").append(model).append("\n\n");
            }
        }
        return text.toString().trim();
    }
}
