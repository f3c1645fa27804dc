package nl.kring.genogram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed genogram: the people, couples, families (children of a couple or of one parent), households and
 * emotional relationships, as written in the notation. Everything refers to people by id, and every reference
 * resolves: {@link NotationReader} leaves out what it reports as an error (an unknown person, a second set of
 * parents, a loop in the ancestry), so a genogram with problems is still a consistent, drawable part of what was
 * written. The records hold no line numbers, so two genograms that say the same compare equal.
 *
 * @param title      the title line, or empty
 * @param people     in the order they were declared
 * @param couples    in the order they were written; a person's partners are in this order (the first one written is
 *                   the first partner)
 * @param families   children with their parents; the births are in birth order, oldest first
 * @param households who lives together
 * @param relations  emotional relationships between two people
 */
public record Genogram(String title, List<Person> people, List<Couple> couples, List<Family> families,
                       List<Household> households, List<Relation> relations) implements Diagram {

    public Genogram {
        people = List.copyOf(people);
        couples = List.copyOf(couples);
        families = List.copyOf(families);
        households = List.copyOf(households);
        relations = List.copyOf(relations);
    }

    public Optional<Person> person(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The index person (the client), if exactly one is marked {@code index}. */
    public Optional<Person> index() {
        List<Person> index = people.stream().filter(Person::index).toList();
        return index.size() == 1 ? Optional.of(index.get(0)) : Optional.empty();
    }

    /** The family in which {@code id} is a child. */
    public Optional<Family> familyOf(String id) {
        return families.stream().filter(f -> f.childIds().contains(id)).findFirst();
    }

    /** The parents of {@code id} (none, one or two). */
    public List<String> parentsOf(String id) {
        return familyOf(id).map(Family::parents).orElse(List.of());
    }

    /** The couples {@code id} is in, first partner first. */
    public List<Couple> couplesOf(String id) {
        return couples.stream().filter(c -> c.has(id)).toList();
    }

    /** The families in which {@code id} is a parent. */
    public List<Family> familiesOfParent(String id) {
        return families.stream().filter(f -> f.parents().contains(id)).toList();
    }

    /** The children of {@code id} over all their families, in the order of the families and of birth. */
    public List<String> childrenOf(String id) {
        List<String> children = new ArrayList<>();
        familiesOfParent(id).forEach(f -> children.addAll(f.childIds()));
        return children;
    }

    /** Sex or gender as drawn; pregnancy and miscarriage have symbols of their own. */
    public enum Sex {
        MALE, FEMALE, OTHER, UNKNOWN, PREGNANCY, MISCARRIAGE;

        /** The word in the notation. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What a person is marked with. */
    public enum Marker {
        /** Substance misuse: the lower half of the symbol filled. */
        SUBSTANCE("substance"),
        /** Mental illness: the left half filled. */
        MENTAL_ILLNESS("mental"),
        /** In recovery from substance misuse: the lower half hatched. */
        RECOVERY("recovery");

        private final String word;

        Marker(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /**
     * One person.
     *
     * @param label    the name or a role label such as "vader"; the id when none was written
     * @param born     birth year, or null
     * @param died     death year, or null (also when deceased without a known year)
     * @param deceased died, with or without a year
     * @param index    the index person (the client)
     * @param note     a short note shown under the name, or empty
     */
    public record Person(String id, Sex sex, String label, Integer born, Integer died, boolean deceased,
                         boolean index, Set<Marker> markers, String note) {

        public Person {
            markers = markers.isEmpty() ? Set.of()
                    : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(markers));
        }

        public boolean has(Marker marker) {
            return markers.contains(marker);
        }
    }

    /** A couple's status; the last event of a couple is its status now. */
    public enum CoupleStatus {
        MARRIED, COHABITING, SEPARATED, DIVORCED;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Something that happened to a couple, with the year if known. */
    public record CoupleEvent(CoupleStatus status, Integer year) {
    }

    /**
     * Two partners. {@code a} and {@code b} are as written.
     *
     * @param events at least one, in the order written (and of the years)
     */
    public record Couple(String a, String b, List<CoupleEvent> events) {

        public Couple {
            events = List.copyOf(events);
        }

        public CoupleStatus status() {
            return events.get(events.size() - 1).status();
        }

        public boolean has(String id) {
            return a.equals(id) || b.equals(id);
        }

        public String partnerOf(String id) {
            return a.equals(id) ? b : a;
        }

        /** Whether this couple is the pair {@code x}, {@code y} in either order. */
        public boolean is(String x, String y) {
            return a.equals(x) && b.equals(y) || a.equals(y) && b.equals(x);
        }

        /** The year of the first event with that status, if written. */
        public Optional<Integer> year(CoupleStatus status) {
            return events.stream().filter(e -> e.status() == status && e.year() != null).map(CoupleEvent::year)
                    .findFirst();
        }
    }

    /** How a child came into the family. */
    public enum ChildKind {
        BIOLOGICAL, ADOPTED, FOSTER;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One child of a family. */
    public record Child(String id, ChildKind kind) {
    }

    /** Twins (or triplets) of a birth, if it was a multiple birth. */
    public enum Twins {
        /** A single birth. */
        NONE,
        /** Twins, not said whether identical. */
        TWINS,
        IDENTICAL,
        FRATERNAL
    }

    /** One birth: one child, or twins (triplets …) born together. */
    public record Birth(List<Child> children, Twins twins) {

        public Birth {
            children = List.copyOf(children);
        }
    }

    /**
     * Children and their parents.
     *
     * @param parents one or two; two parents are a couple
     * @param births  in birth order, oldest first
     */
    public record Family(List<String> parents, List<Birth> births) {

        public Family {
            parents = List.copyOf(parents);
            births = List.copyOf(births);
        }

        public List<String> childIds() {
            return children().stream().map(Child::id).toList();
        }

        public List<Child> children() {
            return births.stream().flatMap(b -> b.children().stream()).toList();
        }

        public Optional<Child> child(String id) {
            return children().stream().filter(c -> c.id().equals(id)).findFirst();
        }

        /** Whether these are the children of exactly {@code x} and {@code y} (or of {@code x} alone when y is null). */
        public boolean of(String x, String y) {
            return y == null ? parents.equals(List.of(x))
                    : parents.size() == 2 && parents.contains(x) && parents.contains(y);
        }
    }

    /** People who live together, drawn as a dashed line around them. */
    public record Household(List<String> members) {

        public Household {
            members = List.copyOf(members);
        }
    }

    /** An emotional relationship; its lines are drawn between the two people. */
    public enum RelationType {
        CLOSE("close"), FUSED("fused"), DISTANT("distant"), CONFLICT("conflict"), CUT_OFF("cut-off"),
        ABUSE("abuse"), HOSTILE_CLOSE("hostile-close");

        private final String word;

        RelationType(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** An emotional relationship between {@code a} and {@code b}; for abuse, {@code a} abuses {@code b}. */
    public record Relation(String a, String b, RelationType type) {

        public boolean is(String x, String y) {
            return a.equals(x) && b.equals(y) || a.equals(y) && b.equals(x);
        }
    }
}
