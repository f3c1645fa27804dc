package nl.kring.coursekit.gift;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads Moodle GIFT text (https://docs.moodle.org/en/GIFT_format) into Kring quiz items. Multiple choice, weighted
 * multiple answers, true-false, short answer, matching, numeric and "missing word" questions are imported; essays and
 * descriptions are skipped; whatever does not carry over exactly is reported with its GIFT line.
 */
public final class GiftImporter {

    public GiftImport read(String gift) {
        String text = gift.startsWith("\uFEFF") ? gift.substring(1) : gift;
        List<ImportedItem> items = new ArrayList<>();
        List<ImportNote> notes = new ArrayList<>();
        QuestionReader reader = new QuestionReader(new ItemIds(), notes);
        for (GiftBlock block : GiftBlock.split(text)) {
            reader.read(block).ifPresent(items::add);
        }
        return new GiftImport(items, notes);
    }
}
