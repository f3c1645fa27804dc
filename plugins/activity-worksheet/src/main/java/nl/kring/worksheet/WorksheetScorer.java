package nl.kring.worksheet;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares each answer with the key points the trainer expects. A point counts when the answer contains it or one
 * of its alternatives ({@code ruzie|conflict}), ignoring case and accents. A field without key points counts as
 * done when it is filled in. The score is the average over the fields.
 */
final class WorksheetScorer {

    /** How one field went. */
    record FieldResult(Worksheet.Field field, List<String> found, List<String> missed, boolean answered) {

        double score() {
            int points = found.size() + missed.size();
            if (points == 0) {
                return answered ? 1 : 0;
            }
            return (double) found.size() / points;
        }
    }

    List<FieldResult> score(Worksheet worksheet, Map<String, String> answers, String language) {
        List<FieldResult> results = new ArrayList<>();
        for (Worksheet.Field field : worksheet.fields()) {
            String answer = answers.getOrDefault(field.id(), "");
            String normalized = normalize(answer);
            List<String> found = new ArrayList<>();
            List<String> missed = new ArrayList<>();
            for (String point : field.expect().getOrDefault(language, List.of())) {
                boolean hit = false;
                for (String alternative : point.split("\\|")) {
                    String wanted = normalize(alternative);
                    if (!wanted.isEmpty() && normalized.contains(wanted)) {
                        hit = true;
                        break;
                    }
                }
                (hit ? found : missed).add(point.split("\\|")[0].trim());
            }
            results.add(new FieldResult(field, found, missed, !answer.isBlank()));
        }
        return results;
    }

    static double average(List<FieldResult> results) {
        return results.isEmpty() ? 0 : results.stream().mapToDouble(FieldResult::score).average().orElse(0);
    }

    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
