package nl.kring.coursekit;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A lesson with a stable id, its place in the course and its text in every language of the course. */
public record Lesson(String id, String module, int order, int minutes, List<String> sources,
                     Map<String, LessonText> texts) {

    public Lesson {
        sources = List.copyOf(sources);
        texts = Map.copyOf(texts);
    }

    /** The text in {@code language}, falling back to {@code fallback}. */
    public LessonText text(String language, String fallback) {
        return Optional.ofNullable(texts.get(language)).orElseGet(() -> texts.get(fallback));
    }
}
