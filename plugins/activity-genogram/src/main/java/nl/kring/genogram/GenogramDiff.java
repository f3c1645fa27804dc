package nl.kring.genogram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.kring.genogram.Genogram.Birth;
import nl.kring.genogram.Genogram.Child;
import nl.kring.genogram.Genogram.ChildKind;
import nl.kring.genogram.Genogram.Couple;
import nl.kring.genogram.Genogram.Family;
import nl.kring.genogram.Genogram.Household;
import nl.kring.genogram.Genogram.Marker;
import nl.kring.genogram.Genogram.Person;
import nl.kring.genogram.Genogram.Relation;
import nl.kring.genogram.Genogram.RelationType;
import nl.kring.genogram.Genogram.Twins;
import nl.kring.genogram.NetworkMap.Link;
import nl.kring.genogram.NetworkMap.Node;

/**
 * Compares a learner's genogram (or network map) with the model answer, for a "draw the genogram of this case"
 * exercise: specific findings ("the death of Henk (father of Ernst) is missing", "the relationship between Ernst
 * and Henk should be cut-off, not distant", "Tim is missing among the children of Ernst and Laura") and a score.
 *
 * <p><b>Matching people.</b> A learner's person is the model's person with the same id when their names agree (or
 * either has none); otherwise the one with the same name, ignoring case, accents and spaces around it; otherwise
 * the one with the same id. Each is matched once.
 *
 * <p><b>Scoring.</b> The model answer is split into elements, each right or not:
 * <ul>
 *   <li>per person: being there; the sex; the birth year (if the model gives one); the death (if the model has the
 *   person deceased, with the year if it gives one); being the index person (if so); each marker;</li>
 *   <li>per couple: being there with the right status (married, cohabiting, separated, divorced);</li>
 *   <li>per child: being a child of the right parents; being adopted or a foster child (if so); per twin birth:
 *   the twins (and identical or fraternal, if the model says); per family with two or more children: the birth
 *   order of the children both have;</li>
 *   <li>per emotional relationship: being there with the right type (for abuse, also the direction);</li>
 *   <li>per household: each member (in the learner's household that shares most members with it).</li>
 * </ul>
 * Everything the learner adds that the model does not have — a person, a death, a marker, a couple, a child, a
 * relationship, a household member, an index person — is one more element, and a wrong one. The score is the
 * number of right elements divided by the number of elements, from 0 to 1 (1 when both are empty). A learner who
 * draws everything right plus one extra person scores right / (right + 1).
 *
 * <p>For network maps the elements are: per node being there, its sector, its distance, and per link being there
 * with the right type; extra nodes and links count as wrong elements.
 */
public final class GenogramDiff {

    private GenogramDiff() {
    }

    /** What is missing, wrong or more than the model answer has. */
    public enum Kind {
        MISSING, WRONG, EXTRA
    }

    /** One finding, in the requested language. */
    public record Finding(Kind kind, String message) {
    }

    /**
     * The result of a comparison.
     *
     * @param right    elements right
     * @param total    elements of the model answer plus the learner's extra elements
     * @param score    right / total, from 0 to 1
     * @param findings what is missing, wrong or extra, in the order of the model answer (people, couples,
     *                 children, relationships, households), then the extras
     */
    public record Comparison(double score, int right, int total, List<Finding> findings) {

        public Comparison {
            findings = List.copyOf(findings);
        }
    }

    /** Compares the learner's genogram with the model answer; findings in {@code language} (nl or en). */
    public static Comparison compare(Genogram model, Genogram learner, String language) {
        return new GenogramComparer(model, learner, Words.of(language)).compare();
    }

    /** Compares the learner's network map with the model answer. */
    public static Comparison compare(NetworkMap model, NetworkMap learner, String language) {
        return new MapComparer(model, learner, Words.of(language)).compare();
    }

    /** Compares two texts in the notation; problems of the texts are not findings (check them first). */
    public static Comparison compare(String model, String learner, String language) {
        Diagram m = Genograms.parse(model).diagram();
        Diagram l = Genograms.parse(learner, m instanceof NetworkMap ? "network-map" : "genogram").diagram();
        if (m instanceof NetworkMap mm && l instanceof NetworkMap lm) {
            return compare(mm, lm, language);
        }
        return compare((Genogram) m, (Genogram) l, language);
    }

    static String normal(String name) {
        String n = java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** Matches ids of one side to the other by id and name, as described above. */
    static Map<String, String> match(List<String[]> model, List<String[]> learner) {
        Map<String, String> matched = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (String[] m : model) {
            for (String[] l : learner) {
                boolean compatible = m[1] == null || l[1] == null || m[1].equals(m[0]) || l[1].equals(l[0])
                        || normal(m[1]).equals(normal(l[1]));
                if (m[0].equals(l[0]) && compatible && !used.contains(l[0])) {
                    matched.put(m[0], l[0]);
                    used.add(l[0]);
                }
            }
        }
        for (String[] m : model) {
            if (matched.containsKey(m[0])) {
                continue;
            }
            for (String[] l : learner) {
                if (!used.contains(l[0]) && normal(m[1]).equals(normal(l[1]))) {
                    matched.put(m[0], l[0]);
                    used.add(l[0]);
                    break;
                }
            }
        }
        for (String[] m : model) {
            if (matched.containsKey(m[0])) {
                continue;
            }
            for (String[] l : learner) {
                if (!used.contains(l[0]) && m[0].equals(l[0])) {
                    matched.put(m[0], l[0]);
                    used.add(l[0]);
                }
            }
        }
        return matched;
    }

    /** Counts elements and collects findings. */
    private abstract static class Tally {
        final Words w;
        final List<Finding> findings = new ArrayList<>();
        final List<Finding> extras = new ArrayList<>();
        int right;
        int total;

        Tally(Words w) {
            this.w = w;
        }

        void check(boolean ok, Kind kind, String message) {
            total++;
            if (ok) {
                right++;
            } else {
                findings.add(new Finding(kind, message));
            }
        }

        void extra(String message) {
            total++;
            extras.add(new Finding(Kind.EXTRA, message));
        }

        Comparison result() {
            List<Finding> all = new ArrayList<>(findings);
            all.addAll(extras);
            return new Comparison(total == 0 ? 1.0 : (double) right / total, right, total, all);
        }
    }

    private static final class GenogramComparer extends Tally {
        private final Genogram model;
        private final Genogram learner;
        /** Model id to learner id. */
        private final Map<String, String> toLearner;
        private final Map<String, String> toModel = new HashMap<>();

        GenogramComparer(Genogram model, Genogram learner, Words w) {
            super(w);
            this.model = model;
            this.learner = learner;
            this.toLearner = match(model.people().stream().map(p -> new String[] {p.id(), p.label()}).toList(),
                    learner.people().stream().map(p -> new String[] {p.id(), p.label()}).toList());
            toLearner.forEach((m, l) -> toModel.put(l, m));
        }

        private String name(String modelId) {
            return model.person(modelId).map(Person::label).orElse(modelId);
        }

        /** The name with what the person is to the client: "Henk (father of Ernst)". */
        private String described(String modelId) {
            return name(modelId) + Kinship.of(model, modelId, w).map(k -> " (" + k + ")").orElse("");
        }

        private String learnerName(String learnerId) {
            String m = toModel.get(learnerId);
            return m != null ? name(m) : learner.person(learnerId).map(Person::label).orElse(learnerId);
        }

        private String names(List<String> modelIds) {
            return w.join(modelIds.stream().map(this::name).toList());
        }

        private String learnerNames(List<String> learnerIds) {
            return w.join(learnerIds.stream().map(this::learnerName).toList());
        }

        Comparison compare() {
            people();
            couples();
            children();
            relations();
            households();
            return result();
        }

        private void people() {
            for (Person m : model.people()) {
                String lid = toLearner.get(m.id());
                check(lid != null, Kind.MISSING, w.t("d.missing", described(m.id())));
                if (lid == null) {
                    // what a missing person should have counts, without a finding of its own
                    total += 1 + (m.born() != null ? 1 : 0) + (m.deceased() ? 1 : 0) + (m.index() ? 1 : 0)
                            + m.markers().size();
                    continue;
                }
                Person l = learner.person(lid).orElseThrow();
                check(l != null && l.sex() == m.sex(), Kind.WRONG, l == null
                        ? w.t("d.sex.missing", name(m.id()), w.sex(m.sex()))
                        : w.t("d.sex", name(m.id()), w.sex(m.sex()), w.sex(l.sex())));
                if (m.born() != null) {
                    check(l != null && m.born().equals(l.born()), l == null || l.born() == null ? Kind.MISSING
                            : Kind.WRONG, l == null || l.born() == null ? w.t("d.born.missing", name(m.id()), m.born())
                            : w.t("d.born", name(m.id()), m.born(), l.born()));
                }
                if (m.deceased()) {
                    boolean dead = l != null && l.deceased();
                    boolean year = m.died() == null || l != null && m.died().equals(l.died());
                    check(dead && year, dead ? Kind.WRONG : Kind.MISSING, !dead
                            ? w.t("d.death.missing", described(m.id()))
                            : w.t("d.died", name(m.id()), m.died(), l.died() == null ? "?" : l.died()));
                } else if (l != null && l.deceased()) {
                    extra(w.t("d.death.extra", name(m.id())));
                }
                if (m.index()) {
                    check(l != null && l.index(), Kind.MISSING, w.t("d.index", name(m.id())));
                } else if (l != null && l.index()) {
                    extra(w.t("d.index.extra", name(m.id())));
                }
                for (Marker marker : Marker.values()) {
                    if (m.has(marker)) {
                        check(l != null && l.has(marker), Kind.MISSING, w.t("d.marker.missing", name(m.id()),
                                w.marker(marker)));
                    } else if (l != null && l.has(marker)) {
                        extra(w.t("d.marker.extra", name(m.id()), w.marker(marker)));
                    }
                }
            }
            for (Person l : learner.people()) {
                if (!toModel.containsKey(l.id())) {
                    extra(w.t("d.person.extra", l.label()));
                }
            }
        }

        private Optional<Couple> learnerCouple(String a, String b) {
            String la = toLearner.get(a);
            String lb = toLearner.get(b);
            if (la == null || lb == null) {
                return Optional.empty();
            }
            return learner.couples().stream().filter(c -> c.is(la, lb)).findFirst();
        }

        private void couples() {
            for (Couple m : model.couples()) {
                Optional<Couple> l = learnerCouple(m.a(), m.b());
                if (l.isEmpty()) {
                    check(false, Kind.MISSING, w.t("d.couple.missing", name(m.a()), name(m.b()),
                            w.status(m.status())));
                } else {
                    check(l.get().status() == m.status(), Kind.WRONG, w.t("d.couple.status", name(m.a()),
                            name(m.b()), w.status(m.status()), w.status(l.get().status())));
                }
            }
            for (Couple l : learner.couples()) {
                String a = toModel.get(l.a());
                String b = toModel.get(l.b());
                if (a == null || b == null || model.couples().stream().noneMatch(c -> c.is(a, b))) {
                    extra(w.t("d.couple.extra", learnerName(l.a()), learnerName(l.b())));
                }
            }
        }

        /** The learner's parents of a model person, as model ids (null for a learner's person not in the model). */
        private Set<String> learnerParents(String modelChild) {
            String lid = toLearner.get(modelChild);
            if (lid == null) {
                return null;
            }
            Set<String> parents = new HashSet<>();
            for (String p : learner.parentsOf(lid)) {
                parents.add(toModel.getOrDefault(p, "?" + p));
            }
            return parents;
        }

        private void children() {
            for (Family f : model.families()) {
                String parents = names(f.parents());
                for (Child c : f.children()) {
                    Set<String> lp = learnerParents(c.id());
                    boolean ok = lp != null && lp.equals(Set.copyOf(f.parents()));
                    if (ok || lp == null || lp.isEmpty()) {
                        check(ok, Kind.MISSING, w.t("d.child.missing", name(c.id()), parents));
                    } else {
                        String lid = toLearner.get(c.id());
                        check(false, Kind.WRONG, w.t("d.child.parents", name(c.id()), parents,
                                learnerNames(learner.parentsOf(lid))));
                    }
                    Optional<Child> lc = ok ? learner.familyOf(toLearner.get(c.id()))
                            .flatMap(lf -> lf.child(toLearner.get(c.id()))) : Optional.empty();
                    ChildKind learnerKind = lc.map(Child::kind).orElse(null);
                    if (c.kind() != ChildKind.BIOLOGICAL) {
                        check(learnerKind == c.kind(), Kind.WRONG, w.t("d.child.kind", name(c.id()),
                                w.t("kind." + c.kind().word()), w.t("kind." + (learnerKind == null
                                        ? ChildKind.BIOLOGICAL : learnerKind).word())));
                    } else if (learnerKind != null && learnerKind != ChildKind.BIOLOGICAL) {
                        extra(w.t("d.child.kind", name(c.id()), w.t("kind.biological"),
                                w.t("kind." + learnerKind.word())));
                    }
                }
                for (Birth b : f.births()) {
                    if (b.children().size() < 2) {
                        continue;
                    }
                    List<String> twins = b.children().stream().map(Child::id).toList();
                    Optional<Birth> lb = learnerBirth(twins);
                    boolean together = lb.isPresent() && lb.get().twins() != Twins.NONE;
                    boolean zygosity = b.twins() == Twins.TWINS || together && lb.get().twins() == b.twins();
                    check(together && zygosity, Kind.WRONG, w.t(b.twins() == Twins.IDENTICAL ? "d.twins.identical"
                            : b.twins() == Twins.FRATERNAL ? "d.twins.fraternal" : "d.twins", names(twins)));
                }
                if (f.children().size() >= 2) {
                    order(f);
                }
            }
            for (Family lf : learner.families()) {
                for (Child c : lf.children()) {
                    String m = toModel.get(c.id());
                    if (m == null) {
                        continue;
                    }
                    Set<String> lp = new HashSet<>();
                    lf.parents().forEach(p -> lp.add(toModel.getOrDefault(p, "?" + p)));
                    if (!lp.equals(Set.copyOf(model.parentsOf(m))) && model.parentsOf(m).isEmpty()) {
                        extra(w.t("d.child.extra", name(m), learnerNames(lf.parents())));
                    }
                }
            }
        }

        /** The learner's birth that holds all these (model) children, if any. */
        private Optional<Birth> learnerBirth(List<String> modelChildren) {
            List<String> ids = modelChildren.stream().map(toLearner::get).toList();
            if (ids.contains(null)) {
                return Optional.empty();
            }
            return learner.families().stream().flatMap(f -> f.births().stream())
                    .filter(b -> b.children().stream().map(Child::id).toList().containsAll(ids)).findFirst();
        }

        private void order(Family f) {
            Optional<Family> lf = learner.families().stream().filter(x -> f.childIds().stream()
                    .map(toLearner::get).filter(Objects::nonNull).anyMatch(x.childIds()::contains)).findFirst();
            List<String> expected = new ArrayList<>();
            List<String> actual = new ArrayList<>();
            if (lf.isPresent()) {
                List<String> learnerOrder = lf.get().childIds();
                for (String c : f.childIds()) {
                    String l = toLearner.get(c);
                    if (l != null && learnerOrder.contains(l)) {
                        expected.add(l);
                    }
                }
                for (String l : learnerOrder) {
                    if (expected.contains(l)) {
                        actual.add(l);
                    }
                }
            }
            boolean comparable = expected.size() >= 2;
            boolean ok = comparable && sameBirthOrder(f, expected, actual);
            check(ok, Kind.WRONG, w.t("d.order", names(f.parents()), names(f.childIds())));
        }

        /** Whether the learner's order keeps the model's, treating twins (one birth) as interchangeable. */
        private boolean sameBirthOrder(Family f, List<String> expected, List<String> actual) {
            Map<String, Integer> birthOf = new HashMap<>();
            for (int i = 0; i < f.births().size(); i++) {
                for (Child c : f.births().get(i).children()) {
                    String l = toLearner.get(c.id());
                    if (l != null) {
                        birthOf.put(l, i);
                    }
                }
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!birthOf.get(expected.get(i)).equals(birthOf.get(actual.get(i)))) {
                    return false;
                }
            }
            return true;
        }

        private void relations() {
            for (Relation m : model.relations()) {
                String la = toLearner.get(m.a());
                String lb = toLearner.get(m.b());
                Optional<Relation> l = la == null || lb == null ? Optional.empty()
                        : learner.relations().stream().filter(r -> r.is(la, lb)).findFirst();
                if (l.isEmpty()) {
                    check(false, Kind.MISSING, w.t("d.relation.missing", name(m.a()), name(m.b()),
                            w.relation(m.type())));
                } else if (l.get().type() != m.type()) {
                    check(false, Kind.WRONG, w.t("d.relation.type", name(m.a()), name(m.b()), w.relation(m.type()),
                            w.relation(l.get().type())));
                } else {
                    boolean direction = m.type() != RelationType.ABUSE || l.get().a().equals(la);
                    check(direction, Kind.WRONG, w.t("d.relation.direction", name(m.a()), name(m.b())));
                }
            }
            for (Relation l : learner.relations()) {
                String a = toModel.get(l.a());
                String b = toModel.get(l.b());
                if (a == null || b == null || model.relations().stream().noneMatch(r -> r.is(a, b))) {
                    extra(w.t("d.relation.extra", learnerName(l.a()), learnerName(l.b())));
                }
            }
        }

        private void households() {
            Set<Household> usedHouseholds = new HashSet<>();
            for (Household m : model.households()) {
                Household best = null;
                int bestOverlap = 0;
                for (Household l : learner.households()) {
                    int overlap = (int) l.members().stream().map(toModel::get).filter(Objects::nonNull)
                            .filter(m.members()::contains).count();
                    if (overlap > bestOverlap && !usedHouseholds.contains(l)) {
                        best = l;
                        bestOverlap = overlap;
                    }
                }
                String who = names(m.members().subList(0, Math.min(2, m.members().size())));
                for (String member : m.members()) {
                    String lid = toLearner.get(member);
                    check(best != null && lid != null && best.members().contains(lid), Kind.MISSING,
                            w.t("d.household.missing", name(member), who));
                }
                if (best != null) {
                    usedHouseholds.add(best);
                    for (String lid : best.members()) {
                        String mid = toModel.get(lid);
                        if (mid == null || !m.members().contains(mid)) {
                            extra(w.t("d.household.extra", learnerName(lid), who));
                        }
                    }
                }
            }
            for (Household l : learner.households()) {
                if (!usedHouseholds.contains(l)) {
                    extra(w.t("d.household.unexpected", learnerNames(l.members())));
                }
            }
        }
    }

    private static final class MapComparer extends Tally {
        private final NetworkMap model;
        private final NetworkMap learner;
        private final Map<String, String> toLearner;
        private final Map<String, String> toModel = new HashMap<>();

        MapComparer(NetworkMap model, NetworkMap learner, Words w) {
            super(w);
            this.model = model;
            this.learner = learner;
            this.toLearner = match(all(model).stream().map(n -> new String[] {n.id(), n.label()}).toList(),
                    all(learner).stream().map(n -> new String[] {n.id(), n.label()}).toList());
            toLearner.forEach((m, l) -> toModel.put(l, m));
            if (model.client() != null && learner.client() != null) {
                toModel.remove(toLearner.get(model.client().id()));
                toLearner.put(model.client().id(), learner.client().id());
                toModel.put(learner.client().id(), model.client().id());
            }
        }

        private static List<Node> all(NetworkMap m) {
            List<Node> all = new ArrayList<>();
            if (m.client() != null) {
                all.add(m.client());
            }
            all.addAll(m.nodes());
            return all;
        }

        private String name(String modelId) {
            return model.node(modelId).map(Node::label).orElse(modelId);
        }

        private String learnerName(String learnerId) {
            String m = toModel.get(learnerId);
            return m != null ? name(m) : learner.node(learnerId).map(Node::label).orElse(learnerId);
        }

        Comparison compare() {
            for (Node m : model.nodes()) {
                Optional<Node> l = Optional.ofNullable(toLearner.get(m.id())).flatMap(learner::node)
                        .filter(n -> n != learner.client());
                check(l.isPresent(), Kind.MISSING, w.t("d.missing", m.label()));
                check(l.isPresent() && l.get().sector() == m.sector(), Kind.WRONG, l.isEmpty()
                        ? w.t("d.sector.missing", m.label(), w.sector(m.sector()))
                        : w.t("d.sector", m.label(), w.sector(m.sector()), w.sector(l.get().sector())));
                check(l.isPresent() && l.get().distance() == m.distance(), Kind.WRONG, l.isEmpty()
                        ? w.t("d.distance.missing", m.label(), m.distance())
                        : w.t("d.distance", m.label(), m.distance(), l.get().distance()));
            }
            for (Node l : learner.nodes()) {
                String m = toModel.get(l.id());
                if (m == null || model.client() != null && m.equals(model.client().id())) {
                    extra(w.t("d.person.extra", l.label()));
                }
            }
            List<Link> unused = new ArrayList<>(learner.links());
            List<Link> notFound = new ArrayList<>();
            for (Link m : model.links()) {
                Optional<Link> same = learnerLink(m, unused, true);
                same.ifPresentOrElse(unused::remove, () -> notFound.add(m));
                if (same.isPresent()) {
                    check(true, Kind.WRONG, "");
                }
            }
            for (Link m : notFound) {
                Optional<Link> other = learnerLink(m, unused, false);
                other.ifPresent(unused::remove);
                check(false, other.isPresent() ? Kind.WRONG : Kind.MISSING, other.isPresent()
                        ? w.t("d.link.type", name(m.from()), name(m.to()), w.link(m.type()), w.link(other.get().type()))
                        : w.t("d.link.missing", name(m.from()), name(m.to()), w.link(m.type())));
            }
            for (Link l : unused) {
                extra(w.t("d.link.extra", learnerName(l.from()), learnerName(l.to()), w.link(l.type())));
            }
            return result();
        }

        /** The learner's line between the same two people as {@code m}; of the same type, or of any type. */
        private Optional<Link> learnerLink(Link m, List<Link> learnerLinks, boolean sameType) {
            String la = toLearner.get(m.from());
            String lb = toLearner.get(m.to());
            if (la == null || lb == null) {
                return Optional.empty();
            }
            return learnerLinks.stream().filter(k -> k.is(la, lb) && (!sameType || k.type() == m.type())).findFirst();
        }
    }
}
