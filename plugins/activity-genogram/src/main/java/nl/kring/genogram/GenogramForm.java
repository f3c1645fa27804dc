package nl.kring.genogram;

import java.util.Arrays;
import java.util.List;

import nl.kring.api.content.DiagramForm;
import nl.kring.api.content.DiagramForm.ElementKind;
import nl.kring.api.content.DiagramForm.Field;
import nl.kring.api.content.DiagramForm.FieldKind;
import nl.kring.api.content.DiagramForm.Option;
import nl.kring.genogram.Genogram.CoupleStatus;
import nl.kring.genogram.Genogram.Marker;
import nl.kring.genogram.Genogram.RelationType;
import nl.kring.genogram.Genogram.Sex;

/**
 * The forms with which a learner builds a genogram without writing the notation: people (with their parents,
 * twins and markers), couples with up to three events, emotional relationships, households and a title. The order
 * of the people is the birth order of brothers and sisters. {@link GenogramElements} reads notation as these
 * elements, {@link GenogramWriter} writes them back.
 */
final class GenogramForm {

    static final String PERSON = "person";
    static final String COUPLE = "couple";
    static final String RELATION = "relation";
    static final String HOUSEHOLD = "household";
    static final String TITLE = "title";

    /** How many events a couple can have in the form (e.g. living together, married, divorced). */
    static final int COUPLE_EVENTS = 3;

    private GenogramForm() {
    }

    static DiagramForm of(String language) {
        Words words = Words.of(language);
        boolean dutch = "nl".equals(language);
        return new DiagramForm(List.of(
                new ElementKind(PERSON, dutch ? "Personen" : "People", dutch ? "Persoon toevoegen" : "Add a person", false, true,
                        person(words, dutch)),
                new ElementKind(COUPLE, dutch ? "Partners" : "Couples", dutch ? "Partners toevoegen" : "Add a couple", false, false,
                        couple(words, dutch)),
                new ElementKind(RELATION, dutch ? "Emotionele relaties" : "Emotional relationships",
                        dutch ? "Relatie toevoegen" : "Add a relationship", false, false, relation(words, dutch)),
                new ElementKind(HOUSEHOLD, dutch ? "Huishoudens" : "Households",
                        dutch ? "Huishouden toevoegen" : "Add a household", false, false, List.of(
                        new Field("members", dutch ? "Wie wonen er samen" : "Who live together", FieldKind.REFERENCES, true,
                                List.of(), List.of(PERSON), ""))),
                new ElementKind(TITLE, dutch ? "Titel" : "Title", dutch ? "Titel toevoegen" : "Add a title", true, false, List.of(
                        text("text", dutch ? "Titel" : "Title", true, "")))));
    }

    private static List<Field> person(Words words, boolean dutch) {
        return List.of(
                text("name", dutch ? "Naam of rol" : "Name or role", true,
                        dutch ? "bijvoorbeeld Ernst, of vader" : "e.g. Ernst, or father"),
                choice("sex", dutch ? "Geslacht" : "Sex", true,
                        Arrays.stream(Sex.values()).map(s -> new Option(s.word(), words.sex(s))).toList()),
                year("born", dutch ? "Geboren (jaar)" : "Born (year)"),
                new Field("deceased", dutch ? "Overleden" : "Deceased", FieldKind.CHECKBOX, false, List.of(), List.of(), ""),
                year("died", dutch ? "Overleden in (jaar)" : "Died in (year)"),
                new Field("index", dutch ? "De cliënt (indexpersoon)" : "The client (index person)", FieldKind.CHECKBOX,
                        false, List.of(), List.of(), ""),
                new Field("markers", dutch ? "Kenmerken" : "Markers", FieldKind.FLAGS, false,
                        Arrays.stream(Marker.values()).map(m -> new Option(m.word(), words.marker(m))).toList(), List.of(), ""),
                new Field("parents", dutch ? "Kind van" : "Child of", FieldKind.REFERENCE, false, List.of(),
                        List.of(COUPLE, PERSON), dutch
                        ? "de ouders (als paar) of één ouder; broers en zussen staan in de lijst van oud naar jong"
                        : "the parents (as a couple) or one parent; brothers and sisters are listed oldest first"),
                choice("child", dutch ? "Geadopteerd of pleegkind" : "Adopted or foster child", false, List.of(
                        new Option("adopted", words.t("adopted")), new Option("foster", words.t("foster")))),
                new Field("twin", dutch ? "Tweeling met" : "Twin of", FieldKind.REFERENCE, false, List.of(),
                        List.of(PERSON), dutch ? "een broer of zus met dezelfde ouders" : "a brother or sister with the same parents"),
                choice("twins", dutch ? "Soort tweeling" : "Kind of twins", false, List.of(
                        new Option("twins", words.t("twins")), new Option("identical", words.t("identical")),
                        new Option("fraternal", words.t("fraternal")))),
                text("note", dutch ? "Notitie" : "Note", false, dutch ? "kort, onder de naam" : "short, under the name"));
    }

    private static List<Field> couple(Words words, boolean dutch) {
        List<Option> statuses = Arrays.stream(CoupleStatus.values()).map(s -> new Option(s.word(), words.status(s))).toList();
        Field partner = new Field("a", "Partner", FieldKind.REFERENCE, true, List.of(), List.of(PERSON), "");
        Field other = new Field("b", "Partner", FieldKind.REFERENCE, true, List.of(), List.of(PERSON), "");
        String[] labels = dutch ? new String[] {"Relatie", "Daarna", "Daarna"} : new String[] {"Relationship", "Then", "After that"};
        java.util.ArrayList<Field> fields = new java.util.ArrayList<>(List.of(partner, other));
        for (int i = 1; i <= COUPLE_EVENTS; i++) {
            fields.add(choice("status" + i, labels[i - 1], i == 1, statuses));
            fields.add(year("year" + i, dutch ? "In (jaar)" : "In (year)"));
        }
        return List.copyOf(fields);
    }

    private static List<Field> relation(Words words, boolean dutch) {
        return List.of(
                new Field("a", dutch ? "Tussen" : "Between", FieldKind.REFERENCE, true, List.of(), List.of(PERSON),
                        dutch ? "bij misbruik: wie misbruikt of mishandelt" : "for abuse: the one who abuses"),
                new Field("b", dutch ? "En" : "And", FieldKind.REFERENCE, true, List.of(), List.of(PERSON), ""),
                choice("type", dutch ? "Soort relatie" : "Kind of relationship", true,
                        Arrays.stream(RelationType.values()).map(t -> new Option(t.word(), words.relation(t))).toList()));
    }

    private static Field text(String id, String label, boolean required, String help) {
        return new Field(id, label, FieldKind.TEXT, required, List.of(), List.of(), help);
    }

    private static Field year(String id, String label) {
        return new Field(id, label, FieldKind.YEAR, false, List.of(), List.of(), "");
    }

    private static Field choice(String id, String label, boolean required, List<Option> options) {
        return new Field(id, label, FieldKind.CHOICE, required, options, List.of(), "");
    }
}
