package nl.kring.genogram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.kring.genogram.Genogram.Couple;
import nl.kring.genogram.Genogram.CoupleStatus;
import nl.kring.genogram.Genogram.Person;
import nl.kring.genogram.Genogram.Sex;

/** What a person is to the index person: father, sister, mother-in-law … (as far as the genogram says). */
final class Kinship {

    private Kinship() {
    }

    /** E.g. "father of Ernst"; empty for the index person, or when there is no index or no simple kinship. */
    static Optional<String> of(Genogram g, String id, Words words) {
        Optional<Person> index = g.index();
        if (index.isEmpty() || index.get().id().equals(id)) {
            return Optional.empty();
        }
        return key(g, index.get().id(), id).map(k -> words.t("kin.of", words.t(k), index.get().label()));
    }

    /** The kinship word's key for what {@code other} is to {@code ego}. */
    static Optional<String> key(Genogram g, String ego, String other) {
        Sex sex = g.person(other).map(Person::sex).orElse(Sex.UNKNOWN);
        List<String> parents = g.parentsOf(ego);
        if (parents.contains(other)) {
            return Optional.of(by(sex, "father", "mother", "parent"));
        }
        if (g.parentsOf(other).contains(ego)) {
            return Optional.of(by(sex, "son", "daughter", "child"));
        }
        Optional<Couple> couple = g.couples().stream().filter(c -> c.is(ego, other)).findFirst();
        if (couple.isPresent()) {
            CoupleStatus s = couple.get().status();
            return Optional.of(s == CoupleStatus.SEPARATED || s == CoupleStatus.DIVORCED ? "ex-partner" : "partner");
        }
        if (!parents.isEmpty() && shareParent(g, ego, other)) {
            return Optional.of(by(sex, "brother", "sister", "sibling"));
        }
        for (String p : parents) {
            if (g.parentsOf(p).contains(other)) {
                return Optional.of(by(sex, "grandfather", "grandmother", "grandparent"));
            }
            if (!g.parentsOf(p).isEmpty() && shareParent(g, p, other)) {
                return Optional.of(by(sex, "uncle", "aunt", "parents-sibling"));
            }
            if (g.couplesOf(p).stream().anyMatch(c -> c.partnerOf(p).equals(other))) {
                return Optional.of(by(sex, "stepfather", "stepmother", "stepparent"));
            }
        }
        for (String c : g.childrenOf(ego)) {
            if (g.parentsOf(other).contains(c)) {
                return Optional.of(by(sex, "grandson", "granddaughter", "grandchild"));
            }
            if (g.couplesOf(c).stream().anyMatch(k -> k.partnerOf(c).equals(other))) {
                return Optional.of(by(sex, "son-in-law", "daughter-in-law", "child-in-law"));
            }
        }
        for (String sibling : siblings(g, ego)) {
            if (g.parentsOf(other).contains(sibling)) {
                return Optional.of(by(sex, "nephew", "niece", "siblings-child"));
            }
            if (g.couplesOf(sibling).stream().anyMatch(k -> k.partnerOf(sibling).equals(other))) {
                return Optional.of(by(sex, "brother-in-law", "sister-in-law", "sibling-in-law"));
            }
        }
        for (Couple c : g.couplesOf(ego)) {
            String partner = c.partnerOf(ego);
            if (g.parentsOf(partner).contains(other)) {
                return Optional.of(by(sex, "father-in-law", "mother-in-law", "parent-in-law"));
            }
            if (siblings(g, partner).contains(other)) {
                return Optional.of(by(sex, "brother-in-law", "sister-in-law", "sibling-in-law"));
            }
        }
        return Optional.empty();
    }

    private static boolean shareParent(Genogram g, String a, String b) {
        Set<String> pa = Set.copyOf(g.parentsOf(a));
        return g.parentsOf(b).stream().anyMatch(pa::contains);
    }

    private static List<String> siblings(Genogram g, String id) {
        if (g.parentsOf(id).isEmpty()) {
            return List.of();
        }
        return new ArrayList<>(g.people().stream().map(Person::id)
                .filter(o -> !o.equals(id) && shareParent(g, id, o)).collect(Collectors.toList()));
    }

    private static String by(Sex sex, String male, String female, String neutral) {
        return sex == Sex.MALE ? male : sex == Sex.FEMALE ? female : neutral;
    }
}
