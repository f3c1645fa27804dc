package nl.kring.coursekit.gift;

import java.util.List;

/**
 * What came out of a GIFT file: the items, in file order, and the notes for the report (skipped questions, what was
 * approximated, ignored categories), by line.
 */
public record GiftImport(List<ImportedItem> items, List<ImportNote> notes) {

    public GiftImport {
        items = List.copyOf(items);
        notes = notes.stream().sorted(java.util.Comparator.comparingInt(ImportNote::line)).toList();
    }

    public List<ImportNote> skipped() {
        return notes.stream().filter(n -> n.kind() == ImportNote.Kind.SKIPPED).toList();
    }

    /** {@code 12 items imported, 2 skipped: line 40: essay questions are not supported …; line 52: …} */
    public String summary() {
        String imported = items.size() + (items.size() == 1 ? " item" : " items") + " imported";
        List<ImportNote> skipped = skipped();
        if (skipped.isEmpty()) {
            return imported;
        }
        return imported + ", " + skipped.size() + " skipped: " + String.join("; ",
                skipped.stream().map(n -> "line " + n.line() + ": " + n.message()).toList());
    }
}
