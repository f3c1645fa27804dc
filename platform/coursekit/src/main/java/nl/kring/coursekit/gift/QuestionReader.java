package nl.kring.coursekit.gift;

import java.util.List;
import java.util.Optional;

/**
 * Reads one GIFT question block the way Moodle does: an optional {@code ::title::}, the text, one answer section in
 * braces (text after the braces makes a "missing word" question), and decides the type from the answer section.
 * Essays, descriptions and anything Kring cannot grade are skipped with a note naming the line.
 */
final class QuestionReader {

    private final ItemIds ids;
    private final List<ImportNote> notes;

    QuestionReader(ItemIds ids, List<ImportNote> notes) {
        this.ids = ids;
        this.notes = notes;
    }

    Optional<ImportedItem> read(GiftBlock block) {
        Segment all = block.segment().trim();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        int line = block.lineAt(all.offset());
        if (all.startsWith("$CATEGORY:")) {
            notes.add(ImportNote.ignored(line, "category '" + Escapes.decode(all.from(10).trim().text())
                    + "': a Kring quiz has no categories"));
            return Optional.empty();
        }
        String title = "";
        Segment rest = all;
        if (rest.startsWith("::")) {
            int end = rest.indexOf("::", 2);
            title = end < 0 ? "" : Escapes.decode(rest.sub(2, end).text()).trim();
            rest = rest.from(end < 0 ? 2 : end + 2).trim();
        }
        String id = ids.propose(title);
        Question question = null;
        try {
            question = question(block, line, id, rest);
            ImportedItem item = item(question);
            ids.take(id);
            if (!ItemIds.slug(title).isEmpty() && !id.equals(ItemIds.slug(title))) {
                question.approximated(line, "the title '" + title + "' is used before, so the item id is " + id);
            }
            notes.addAll(question.notes());
            return Optional.of(item);
        } catch (Question.UnsupportedQuestion e) {
            if (question != null) {
                notes.addAll(question.notesBeforeSkipping());
            }
            notes.add(ImportNote.skipped(e.line(), e.getMessage()));
            return Optional.empty();
        }
    }

    private static Question question(GiftBlock block, int line, String id, Segment rest) {
        int open = rest.indexOf("{");
        int close = rest.indexOf("}");
        if (open < 0 && close < 0) {
            throw Question.unsupported(line, "descriptions (text without answers in {…}) are not supported: put the text"
                    + " in a lesson or in the explanation of the next item");
        }
        if (close < 0) {
            throw Question.unsupported(block.lineAt(rest.offset() + open), "'{' without a closing '}': a blank line"
                    + " ends a question in GIFT (write \\n for a new line inside a question, \\{ for a brace in the text)");
        }
        if (open < 0 || close < open) {
            throw Question.unsupported(block.lineAt(rest.offset() + close),
                    "'}' without '{' before it (write \\} for a brace in the text)");
        }
        int second = secondBrace(rest, close);
        if (second >= 0) {
            throw Question.unsupported(block.lineAt(rest.offset() + second),
                    "more than one answer section {…}: embedded answers (cloze) are not supported");
        }
        Segment after = rest.from(close + 1);
        String text = rest.sub(0, open).text() + (after.trim().isEmpty() ? "" : ItemTexts.BLANK_MARK + after.text());
        Segment answers = rest.sub(open + 1, close).trim();
        FormattedText questionText = FormattedText.of(text, TextFormat.MOODLE);
        int general = answers.text().lastIndexOf("####");
        FormattedText generalFeedback = FormattedText.NONE;
        if (general >= 0) {
            generalFeedback = FormattedText.of(answers.from(general + 4).text(), questionText.format());
            answers = answers.sub(0, general).trim();
        }
        return new Question(block, line, id, questionText, generalFeedback, answers);
    }

    /** Where a brace after the answer section is, or -1. */
    private static int secondBrace(Segment rest, int close) {
        int open = rest.indexOf("{", close);
        int closing = rest.indexOf("}", close + 1);
        return open < 0 ? closing : closing < 0 ? open : Math.min(open, closing);
    }

    private static ImportedItem item(Question question) {
        Segment answers = question.answers();
        String section = answers.text();
        if (section.isEmpty()) {
            throw Question.unsupported(question.line(), "essay questions are not supported: Kring grades every answer"
                    + " automatically (an activity can ask for a written answer)");
        }
        if (section.startsWith("#")) {
            return NumericQuestion.read(question);
        }
        if (section.contains("~")) {
            return ChoiceQuestion.read(question);
        }
        if (section.contains("=") && section.contains("->")) {
            return MatchingQuestion.read(question);
        }
        if (TrueFalseQuestion.isTrueFalse(answers)) {
            return TrueFalseQuestion.read(question);
        }
        return ShortAnswerQuestion.read(question);
    }
}
