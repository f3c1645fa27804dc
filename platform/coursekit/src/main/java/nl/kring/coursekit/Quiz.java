package nl.kring.coursekit;

import java.util.List;

/**
 * A quiz from {@code quizzes/<name>.yaml}: placed in a module like a lesson, with a pass mark in percent and the
 * settings for attempts, shuffling and feedback.
 */
public record Quiz(String id, String path, LocalizedText title, String module, int order, int passMark,
                   QuizSettings settings, List<QuizItem> items) {

    public Quiz {
        items = List.copyOf(items);
    }
}
