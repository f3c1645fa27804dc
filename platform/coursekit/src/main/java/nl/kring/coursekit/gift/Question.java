package nl.kring.coursekit.gift;

import java.util.ArrayList;
import java.util.List;

/**
 * One GIFT question taken apart: its text (with {@code ___} where a missing word goes), the answer section between
 * the braces, the general feedback after {@code ####}, and the notes made while reading it.
 */
final class Question {

    private final GiftBlock block;
    private final int line;
    private final String id;
    private final FormattedText text;
    private final FormattedText generalFeedback;
    private final Segment answers;
    private final ItemTexts texts = new ItemTexts();
    private final List<ImportNote> notes = new ArrayList<>();

    Question(GiftBlock block, int line, String id, FormattedText text, FormattedText generalFeedback, Segment answers) {
        this.block = block;
        this.line = line;
        this.id = id;
        this.text = text;
        this.generalFeedback = generalFeedback;
        this.answers = answers;
    }

    int line() {
        return line;
    }

    String id() {
        return id;
    }

    /** The answer section, without the braces and the general feedback. */
    Segment answers() {
        return answers;
    }

    ItemTexts texts() {
        return texts;
    }

    /** The question text as plain text; a question without text cannot be imported. */
    String plainText() {
        String plain = texts.plain(text);
        if (plain.isBlank() || plain.equals(ItemTexts.BLANK)) {
            throw unsupported(line, "the question has no text");
        }
        return plain;
    }

    /** The general feedback ({@code ####…}) as Markdown, or empty. */
    String explanation() {
        return texts.markdown(generalFeedback);
    }

    /** A text from the answer section, in the question's format unless it names its own. */
    FormattedText formatted(Segment part) {
        return FormattedText.of(part.text(), text.format());
    }

    int lineOf(Segment part) {
        return block.lineAt(part.offset());
    }

    void approximated(int at, String message) {
        notes.add(new ImportNote(at, ImportNote.Kind.APPROXIMATED, message, id));
    }

    /** The notes for the report, once the item is made: the question's own notes and what its texts lost. */
    List<ImportNote> notes() {
        List<ImportNote> all = new ArrayList<>(notes);
        texts.losses().forEach(loss -> all.add(new ImportNote(line, ImportNote.Kind.APPROXIMATED, loss, id)));
        return all;
    }

    /** What was noted before the question turned out unsupported, which may explain why; about no item. */
    List<ImportNote> notesBeforeSkipping() {
        return notes.stream().map(n -> new ImportNote(n.line(), n.kind(), n.message(), "")).toList();
    }

    static UnsupportedQuestion unsupported(int line, String message) {
        return new UnsupportedQuestion(line, message);
    }

    /** Thrown while reading a question that cannot become a Kring item; the question is skipped and reported. */
    static final class UnsupportedQuestion extends RuntimeException {

        private final int line;

        UnsupportedQuestion(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }

        int line() {
            return line;
        }
    }
}
