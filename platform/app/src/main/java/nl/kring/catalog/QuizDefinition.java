package nl.kring.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.kring.coursekit.ItemKey;
import nl.kring.coursekit.LocalizedText;
import nl.kring.coursekit.Quiz;
import nl.kring.coursekit.QuizItem;

/**
 * A quiz of an installed course, with what is needed to show and grade it in the user's language.
 *
 * @param courseVersion the installed course version, recorded with every attempt
 * @param language      the language shown (the user's, when the course has it)
 */
public record QuizDefinition(String courseId, String courseVersion, String courseTitle, String language,
                             String defaultLanguage, Quiz quiz) {

    /** A gradable item; items of a case carry the case text and an id {@code case-id/item-id}. */
    public record Leaf(String id, QuizItem item, Optional<LocalizedText> caseText) {
    }

    /** Every gradable item in order, case items flattened. */
    public List<Leaf> leaves() {
        List<Leaf> leaves = new ArrayList<>();
        for (QuizItem item : quiz.items()) {
            if (item.key() instanceof ItemKey.CaseSet set) {
                set.items().forEach(sub -> leaves.add(new Leaf(item.id() + "/" + sub.id(), sub, Optional.of(set.caseText()))));
            } else {
                leaves.add(new Leaf(item.id(), item, Optional.empty()));
            }
        }
        return leaves;
    }

    /** A text in the shown language. */
    public String text(LocalizedText text) {
        return text.in(language, defaultLanguage);
    }
}
