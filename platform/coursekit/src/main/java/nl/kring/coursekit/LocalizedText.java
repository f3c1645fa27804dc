package nl.kring.coursekit;

import java.util.LinkedHashMap;
import java.util.Map;

/** A short text in several languages, keyed by ISO language code ({@code nl}, {@code en}). */
public record LocalizedText(Map<String, String> byLanguage) {

    public LocalizedText {
        byLanguage = Map.copyOf(new LinkedHashMap<>(byLanguage));
    }

    /** The text in {@code language}, else in {@code fallback}, else any text, else the empty string. */
    public String in(String language, String fallback) {
        String text = byLanguage.get(language);
        if (text == null) {
            text = byLanguage.get(fallback);
        }
        if (text == null) {
            text = byLanguage.values().stream().findFirst().orElse("");
        }
        return text;
    }

    public boolean has(String language) {
        String text = byLanguage.get(language);
        return text != null && !text.isBlank();
    }
}
