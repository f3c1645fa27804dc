package nl.kring.genogram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.kring.api.content.DiagramElement;
import nl.kring.api.content.DiagramElements;
import nl.kring.api.content.DiagramProblem;
import nl.kring.genogram.Genogram.Birth;
import nl.kring.genogram.Genogram.Child;
import nl.kring.genogram.Genogram.ChildKind;
import nl.kring.genogram.Genogram.Couple;
import nl.kring.genogram.Genogram.CoupleEvent;
import nl.kring.genogram.Genogram.Family;
import nl.kring.genogram.Genogram.Person;
import nl.kring.genogram.Genogram.Relation;
import nl.kring.genogram.Genogram.Twins;

/**
 * Reads a genogram's notation as the elements of {@link GenogramForm}: the title, the people (brothers and sisters in
 * birth order, each with their parents, twin and markers), the couples, relationships and households, each with a
 * name and a one-line summary in the learner's language. What the forms cannot say is reported, so the learner keeps
 * the text: errors in the text, network maps, children of two parents without a couple line, and couples with more
 * than {@value GenogramForm#COUPLE_EVENTS} events.
 */
final class GenogramElements {

    private final Genogram genogram;
    private final Words words;

    private GenogramElements(Genogram genogram, String language) {
        this.genogram = genogram;
        this.words = Words.of(language);
    }

    static DiagramElements read(String source, String language) {
        Parsed parsed = Genograms.parse(source == null ? "" : source, "genogram");
        List<DiagramProblem> unsupported = new ArrayList<>();
        parsed.problems().stream().filter(Problem::isError)
                .forEach(p -> unsupported.add(new DiagramProblem(p.line(), p.message(), p.hint())));
        Optional<Genogram> genogram = parsed.genogram();
        if (genogram.isEmpty()) {
            unsupported.add(new DiagramProblem(1, "this is a network map, not a genogram", "write a genogram"));
            return new DiagramElements(List.of(), unsupported);
        }
        return new GenogramElements(genogram.get(), language).elements(unsupported);
    }

    /** How the form refers to a couple: both partners' ids ({@code +} cannot occur in an id). */
    static String coupleId(Couple couple) {
        return couple.a() + "+" + couple.b();
    }

    private DiagramElements elements(List<DiagramProblem> unsupported) {
        for (Family family : genogram.families()) {
            if (family.parents().size() == 2 && couple(family.parents().get(0), family.parents().get(1)).isEmpty()) {
                unsupported.add(new DiagramProblem(0, "the children of " + name(family.parents().get(0)) + " and "
                        + name(family.parents().get(1)) + " have parents without a couple line",
                        "add a couple line for them in the text, e.g. couple " + String.join(" ", family.parents()) + " married"));
            }
        }
        genogram.couples().stream().filter(c -> c.events().size() > GenogramForm.COUPLE_EVENTS).forEach(c ->
                unsupported.add(new DiagramProblem(0, "the couple " + name(c.a()) + " and " + name(c.b()) + " has more than "
                        + GenogramForm.COUPLE_EVENTS + " events", "the form shows at most " + GenogramForm.COUPLE_EVENTS
                        + "; keep editing this genogram as text")));
        List<DiagramElement> elements = new ArrayList<>();
        if (!genogram.title().isBlank()) {
            elements.add(new DiagramElement(GenogramForm.TITLE, "", Map.of("text", genogram.title()), genogram.title(),
                    genogram.title()));
        }
        birthOrder().forEach(person -> elements.add(person(person)));
        genogram.couples().forEach(couple -> elements.add(couple(couple)));
        genogram.relations().forEach(relation -> elements.add(relation(relation)));
        genogram.households().forEach(household -> {
            String members = household.members().stream().map(this::name).collect(Collectors.joining(", "));
            elements.add(new DiagramElement(GenogramForm.HOUSEHOLD, "", Map.of("members", String.join(",", household.members())),
                    members, members));
        });
        return new DiagramElements(elements, unsupported);
    }

    /** The people in the order declared, except that each family's children take their places in birth order. */
    private List<Person> birthOrder() {
        List<Person> people = new ArrayList<>(genogram.people());
        for (Family family : genogram.families()) {
            List<Integer> places = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                if (family.childIds().contains(people.get(i).id())) {
                    places.add(i);
                }
            }
            List<String> children = family.childIds();
            for (int i = 0; i < places.size(); i++) {
                people.set(places.get(i), genogram.person(children.get(i)).orElseThrow());
            }
        }
        return people;
    }

    private DiagramElement person(Person person) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", person.label());
        values.put("sex", person.sex().word());
        put(values, "born", person.born());
        if (person.deceased()) {
            values.put("deceased", "true");
        }
        put(values, "died", person.died());
        if (person.index()) {
            values.put("index", "true");
        }
        values.put("markers", person.markers().stream().map(Genogram.Marker::word).collect(Collectors.joining(",")));
        values.put("note", person.note());
        List<String> facts = new ArrayList<>(List.of(words.sex(person.sex())));
        if (person.born() != null) {
            facts.add(words.t("born", person.born()));
        }
        if (person.deceased()) {
            facts.add(person.died() == null ? words.t("deceased") : words.t("died", person.died()));
        }
        if (person.index()) {
            facts.add(words.t("index"));
        }
        person.markers().forEach(m -> facts.add(words.marker(m)));
        genogram.familyOf(person.id()).ifPresent(family -> facts.addAll(childFacts(person.id(), family, values)));
        return new DiagramElement(GenogramForm.PERSON, person.id(), values, person.label(),
                person.label() + " — " + String.join(", ", facts));
    }

    private List<String> childFacts(String id, Family family, Map<String, String> values) {
        List<String> facts = new ArrayList<>();
        values.put("parents", family.parents().size() == 1 ? family.parents().get(0)
                : couple(family.parents().get(0), family.parents().get(1)).map(GenogramElements::coupleId).orElse(""));
        facts.add(words.t("child.of", family.parents().stream().map(this::name).collect(Collectors.joining(" & "))));
        Child child = family.child(id).orElseThrow();
        if (child.kind() != ChildKind.BIOLOGICAL) {
            values.put("child", child.kind().word());
            facts.add(words.t(child.kind().word()));
        }
        for (Birth birth : family.births()) {
            List<String> ids = birth.children().stream().map(Child::id).toList();
            if (birth.twins() != Twins.NONE && ids.indexOf(id) > 0) {
                values.put("twin", ids.get(0));
                values.put("twins", birth.twins() == Twins.TWINS ? "twins" : birth.twins().name().toLowerCase(java.util.Locale.ROOT));
                facts.add(words.t("twin.of", name(ids.get(0))));
            }
        }
        return facts;
    }

    private DiagramElement couple(Couple couple) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("a", couple.a());
        values.put("b", couple.b());
        List<String> events = new ArrayList<>();
        for (int i = 0; i < Math.min(couple.events().size(), GenogramForm.COUPLE_EVENTS); i++) {
            CoupleEvent event = couple.events().get(i);
            values.put("status" + (i + 1), event.status().word());
            put(values, "year" + (i + 1), event.year());
            events.add(words.status(event.status()) + (event.year() == null ? "" : " " + event.year()));
        }
        String name = name(couple.a()) + " & " + name(couple.b());
        return new DiagramElement(GenogramForm.COUPLE, coupleId(couple), values, name, name + " — " + String.join(", ", events));
    }

    private DiagramElement relation(Relation relation) {
        Map<String, String> values = Map.of("a", relation.a(), "b", relation.b(), "type", relation.type().word());
        String between = name(relation.a()) + (relation.type() == Genogram.RelationType.ABUSE ? " → " : " — ") + name(relation.b());
        return new DiagramElement(GenogramForm.RELATION, "", values, between, between + ": " + words.relation(relation.type()));
    }

    private Optional<Couple> couple(String a, String b) {
        return genogram.couples().stream().filter(c -> c.is(a, b)).findFirst();
    }

    private String name(String id) {
        return genogram.person(id).map(Person::label).orElse(id);
    }

    private static void put(Map<String, String> values, String key, Integer year) {
        if (year != null) {
            values.put(key, year.toString());
        }
    }
}
