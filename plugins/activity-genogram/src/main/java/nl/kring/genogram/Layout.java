package nl.kring.genogram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.kring.genogram.Genogram.Couple;
import nl.kring.genogram.Genogram.Family;
import nl.kring.genogram.Genogram.Person;
import nl.kring.genogram.Genogram.Sex;

/**
 * The automatic layout of a genogram. Deterministic: the same genogram gives the same coordinates.
 *
 * <ol>
 *   <li><b>Generations.</b> A child is one row below its lowest parent, partners share a row, and a person without
 *   parents in the drawing moves down to just above their children.</li>
 *   <li><b>Groups.</b> The children of a family form a group in birth order. A partner without parents in the
 *   drawing ("married in") joins the group of their partner, next to them: on the outer side when the partner is
 *   the first or last of the siblings, otherwise male left and female right; a person's several partners are placed
 *   first to the left, then to the right, the first partner closest. People without parents whose partners have
 *   none either (the oldest generation) form groups of their own.</li>
 *   <li><b>Joined groups.</b> Two groups joined by a couple (the client's family of origin and the partner's) are
 *   placed side by side, on the side that puts the fewest people between the partners; a couple with people
 *   between them gets a lower couple line that passes below those people's names.</li>
 *   <li><b>Order in the rows.</b> Joined groups are sorted by the position of their parents (downwards) and their
 *   children (upwards), a few times over (the barycentre method).</li>
 *   <li><b>Positions.</b> Every person is pulled towards the place under their parents' couple line, above the
 *   centre of their children and next to an adjacent partner; each row then takes the positions closest to these
 *   wishes that keep the order and the minimum gaps (isotonic regression), sixty times over.</li>
 * </ol>
 */
final class Layout {

    static final double HALF = 20;
    static final double ROW = 200;
    static final double PARTNER_GAP = 100;
    /** Between partners whose line carries two years ("m. 1960 · div. 1963"). */
    static final double WIDE_PARTNER_GAP = 160;
    static final double SIBLING_GAP = 112;
    static final double GROUP_GAP = 150;
    static final double MARGIN_X = 80;
    static final double TOP = 70;
    /** Below a symbol's centre: a couple line between adjacent partners. */
    static final double COUPLE_DROP = HALF + 22;
    /** Below a symbol's centre: a couple line that passes below the names of people between the partners. */
    static final double DEEP_DROP = HALF + 86;
    /** Below a symbol's centre: the baseline of the name. */
    static final double NAME = HALF + 40;
    /** Above a child's centre: the sibship line. */
    static final double SIBSHIP_RISE = HALF + 30;

    private final Genogram genogram;
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, Integer> declared = new HashMap<>();
    private final Map<String, Integer> gen = new HashMap<>();
    private final List<Union> unions = new ArrayList<>();
    private final Map<String, Union> parentUnion = new HashMap<>();
    private final Map<String, List<String>> partners = new HashMap<>();
    /** Per row, the people from left to right. */
    private final List<List<String>> rows = new ArrayList<>();
    private final Map<String, Integer> supergroupOf = new HashMap<>();
    private final Map<String, Double> x = new HashMap<>();

    /**
     * One couple, or the parents of a family that are not a couple, or a single parent: what children hang from.
     *
     * @param couple null for parents written only in a children line (or a single parent)
     */
    record Union(List<String> parents, Couple couple, List<String> children) {
    }

    /** A union's line as drawn: from {@code left} to {@code right} at height {@code y}; children hang from anchor. */
    record UnionLine(Union union, String left, String right, double y, boolean deep, double anchorX) {
    }

    private Layout(Genogram genogram) {
        this.genogram = genogram;
        for (int i = 0; i < genogram.people().size(); i++) {
            Person p = genogram.people().get(i);
            people.put(p.id(), p);
            declared.put(p.id(), i);
            partners.put(p.id(), new ArrayList<>());
        }
        for (Couple c : genogram.couples()) {
            List<String> children = genogram.families().stream().filter(f -> f.of(c.a(), c.b()))
                    .flatMap(f -> f.childIds().stream()).toList();
            unions.add(new Union(List.of(c.a(), c.b()), c, children));
            partners.get(c.a()).add(c.b());
            partners.get(c.b()).add(c.a());
        }
        for (Family f : genogram.families()) {
            boolean coupled = f.parents().size() == 2 && genogram.couples().stream()
                    .anyMatch(c -> c.is(f.parents().get(0), f.parents().get(1)));
            if (!coupled) {
                unions.add(new Union(f.parents(), null, f.childIds()));
                if (f.parents().size() == 2) {
                    partners.get(f.parents().get(0)).add(f.parents().get(1));
                    partners.get(f.parents().get(1)).add(f.parents().get(0));
                }
            }
        }
        for (Union u : unions) {
            u.children().forEach(c -> parentUnion.put(c, u));
        }
    }

    /** Lays out {@code genogram}. */
    static Layout of(Genogram genogram) {
        Layout layout = new Layout(genogram);
        layout.generations();
        List<List<String>> groups = layout.groups();
        List<List<List<String>>> supergroups = layout.supergroups(groups);
        layout.order(supergroups);
        layout.positions();
        return layout;
    }

    // -------------------------------------------------------------------------------------------- results

    List<List<String>> rows() {
        return rows;
    }

    int generation(String id) {
        return gen.get(id);
    }

    double x(String id) {
        return x.get(id);
    }

    double y(String id) {
        return TOP + gen.get(id) * ROW;
    }

    List<Union> unions() {
        return unions;
    }

    /** The lines of the unions, each from the left partner to the right one (one point for a single parent). */
    List<UnionLine> unionLines() {
        List<UnionLine> lines = new ArrayList<>();
        for (Union u : unions) {
            if (u.parents().size() == 1) {
                String p = u.parents().get(0);
                lines.add(new UnionLine(u, p, p, y(p) + HALF, false, x(p)));
                continue;
            }
            String a = u.parents().get(0);
            String b = u.parents().get(1);
            String left = x(a) <= x(b) ? a : b;
            String right = left.equals(a) ? b : a;
            boolean deep = peopleBetween(left, right) > 0;
            double y = Math.max(y(a), y(b)) + (deep ? DEEP_DROP : COUPLE_DROP);
            lines.add(new UnionLine(u, left, right, y, deep, (x(a) + x(b)) / 2));
        }
        return lines;
    }

    /** How many people stand between two people of the same row. */
    int peopleBetween(String a, String b) {
        if (!gen.get(a).equals(gen.get(b))) {
            return 0;
        }
        List<String> row = rows.get(gen.get(a));
        return Math.abs(row.indexOf(a) - row.indexOf(b)) - 1;
    }

    /** Width and height of the drawing (without legend). */
    double width() {
        return x.values().stream().mapToDouble(Double::doubleValue).max().orElse(0) + MARGIN_X;
    }

    double height() {
        return TOP + Math.max(0, rows.size() - 1) * ROW + DEEP_DROP + 20;
    }

    // -------------------------------------------------------------------------------------------- 1. generations

    private void generations() {
        people.keySet().forEach(id -> gen.put(id, 0));
        int limit = 4 * people.size() + 10;
        boolean changed = true;
        for (int round = 0; round < limit && changed; round++) {
            changed = false;
            for (Union u : unions) {
                int parentGen = u.parents().stream().mapToInt(gen::get).max().orElse(0);
                for (String c : u.children()) {
                    if (gen.get(c) < parentGen + 1) {
                        gen.put(c, parentGen + 1);
                        changed = true;
                    }
                }
                if (u.parents().size() == 2) {
                    int g = Math.max(gen.get(u.parents().get(0)), gen.get(u.parents().get(1)));
                    for (String p : u.parents()) {
                        if (gen.get(p) < g) {
                            gen.put(p, g);
                            changed = true;
                        }
                    }
                }
            }
            for (String p : people.keySet()) {
                if (parentUnion.containsKey(p)) {
                    continue;
                }
                int lowestChild = unions.stream().filter(u -> u.parents().contains(p))
                        .flatMap(u -> u.children().stream()).mapToInt(gen::get).min().orElse(Integer.MIN_VALUE);
                if (lowestChild != Integer.MIN_VALUE && gen.get(p) < lowestChild - 1) {
                    gen.put(p, lowestChild - 1);
                    changed = true;
                }
            }
        }
        int min = gen.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        gen.replaceAll((id, g) -> g - min);
        int max = gen.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
        for (int r = 0; r <= max; r++) {
            rows.add(new ArrayList<>());
        }
    }

    // -------------------------------------------------------------------------------------------- 2. groups

    private List<List<String>> groups() {
        List<List<String>> groups = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (Union u : unions) {
            Map<Integer, List<String>> byRow = new java.util.TreeMap<>();
            for (String c : u.children()) {
                byRow.computeIfAbsent(gen.get(c), g -> new ArrayList<>()).add(c);
            }
            for (List<String> run : byRow.values()) {
                groups.add(new ArrayList<>(run));
                placed.addAll(run);
            }
        }
        // partners without parents join their partner's group, repeatedly (a partner's earlier partner too)
        boolean inserted = true;
        while (inserted) {
            inserted = false;
            for (List<String> group : groups) {
                for (String q : List.copyOf(group)) {
                    int k = 0;
                    for (String f : partners.get(q)) {
                        if (!placed.contains(f) && !parentUnion.containsKey(f) && gen.get(f).equals(gen.get(q))) {
                            insertNextTo(group, q, f, k, (int) partners.get(q).stream()
                                    .filter(o -> !parentUnion.containsKey(o)).count());
                            placed.add(f);
                            inserted = true;
                        }
                        k++;
                    }
                }
            }
        }
        // the rest: people without parents whose partners have none either
        for (String start : people.keySet()) {
            if (placed.contains(start)) {
                continue;
            }
            // start from the one with the most partners, so that their partners come to both sides
            List<String> component = new ArrayList<>(List.of(start));
            for (int i = 0; i < component.size(); i++) {
                for (String f : partners.get(component.get(i))) {
                    if (!placed.contains(f) && !component.contains(f) && gen.get(f).equals(gen.get(start))) {
                        component.add(f);
                    }
                }
            }
            String p = component.stream().max(Comparator.comparingInt((String c) -> partners.get(c).size())
                    .thenComparing(c -> -declared.get(c))).orElseThrow();
            List<String> group = new ArrayList<>();
            group.add(p);
            placed.add(p);
            List<String> todo = new ArrayList<>(List.of(p));
            while (!todo.isEmpty()) {
                String q = todo.remove(0);
                int k = 0;
                for (String f : partners.get(q)) {
                    if (!placed.contains(f) && gen.get(f).equals(gen.get(q))) {
                        insertNextTo(group, q, f, k, partners.get(q).size());
                        placed.add(f);
                        todo.add(f);
                    }
                    k++;
                }
            }
            groups.add(group);
        }
        return groups;
    }

    /**
     * Puts partner {@code f} next to {@code q} in {@code group}, beyond q's partners already on that side.
     *
     * @param k     f's place among q's partners (0 = first)
     * @param count how many partners q has that can be placed next to q
     */
    private void insertNextTo(List<String> group, String q, String f, int k, int count) {
        int at = group.indexOf(q);
        boolean leftIsSibling = at > 0 && siblings(q, group.get(at - 1));
        boolean rightIsSibling = at < group.size() - 1 && siblings(q, group.get(at + 1));
        boolean right;
        if (count >= 2) {
            right = k % 2 == 1;
        } else if (leftIsSibling && !rightIsSibling) {
            right = true;
        } else if (rightIsSibling && !leftIsSibling) {
            right = false;
        } else {
            Sex sex = people.get(q).sex();
            Sex other = people.get(f).sex();
            right = !(sex == Sex.FEMALE || other == Sex.MALE && sex != Sex.MALE);
        }
        int pos = at;
        if (right) {
            while (pos + 1 < group.size() && partners.get(q).contains(group.get(pos + 1))
                    && !siblings(q, group.get(pos + 1))) {
                pos++;
            }
            group.add(pos + 1, f);
        } else {
            while (pos - 1 >= 0 && partners.get(q).contains(group.get(pos - 1)) && !siblings(q, group.get(pos - 1))) {
                pos--;
            }
            group.add(pos, f);
        }
    }

    private boolean siblings(String a, String b) {
        Union ua = parentUnion.get(a);
        return ua != null && ua == parentUnion.get(b);
    }

    // -------------------------------------------------------------------------------------------- 3. joined groups

    private List<List<List<String>>> supergroups(List<List<String>> groups) {
        Map<String, Integer> groupOf = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            for (String p : groups.get(i)) {
                groupOf.put(p, i);
            }
        }
        int[] root = new int[groups.size()];
        for (int i = 0; i < root.length; i++) {
            root[i] = i;
        }
        List<Union> links = new ArrayList<>();
        for (Union u : unions) {
            if (u.parents().size() == 2 && gen.get(u.parents().get(0)).equals(gen.get(u.parents().get(1)))) {
                int ga = find(root, groupOf.get(u.parents().get(0)));
                int gb = find(root, groupOf.get(u.parents().get(1)));
                if (!groupOf.get(u.parents().get(0)).equals(groupOf.get(u.parents().get(1)))) {
                    links.add(u);
                }
                if (ga != gb) {
                    root[Math.max(ga, gb)] = Math.min(ga, gb);
                }
            }
        }
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            members.computeIfAbsent(find(root, i), r -> new ArrayList<>()).add(i);
        }
        List<List<List<String>>> result = new ArrayList<>();
        for (List<Integer> component : members.values()) {
            List<Integer> sequence = new ArrayList<>(List.of(component.get(0)));
            boolean attached = true;
            while (attached) {
                attached = false;
                for (Union u : links) {
                    int ga = groupOf.get(u.parents().get(0));
                    int gb = groupOf.get(u.parents().get(1));
                    String inSeq;
                    String other;
                    int otherGroup;
                    if (sequence.contains(ga) && !sequence.contains(gb)) {
                        inSeq = u.parents().get(0);
                        other = u.parents().get(1);
                        otherGroup = gb;
                    } else if (sequence.contains(gb) && !sequence.contains(ga)) {
                        inSeq = u.parents().get(1);
                        other = u.parents().get(0);
                        otherGroup = ga;
                    } else {
                        continue;
                    }
                    List<String> flat = flatten(sequence, groups);
                    List<String> og = groups.get(otherGroup);
                    int before = flat.indexOf(inSeq);
                    int after = flat.size() - 1 - before;
                    int costLeft = before + (og.size() - 1 - og.indexOf(other));
                    int costRight = after + og.indexOf(other);
                    if (costLeft < costRight) {
                        sequence.add(0, otherGroup);
                    } else {
                        sequence.add(otherGroup);
                    }
                    attached = true;
                }
            }
            List<List<String>> supergroup = new ArrayList<>();
            sequence.forEach(g -> supergroup.add(groups.get(g)));
            result.add(supergroup);
        }
        return result;
    }

    private static List<String> flatten(List<Integer> sequence, List<List<String>> groups) {
        List<String> flat = new ArrayList<>();
        sequence.forEach(g -> flat.addAll(groups.get(g)));
        return flat;
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            i = root[i];
        }
        return i;
    }

    // -------------------------------------------------------------------------------------------- 4. order

    private void order(List<List<List<String>>> supergroups) {
        List<List<List<String>>> byRow = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            byRow.add(new ArrayList<>());
        }
        for (List<List<String>> sg : supergroups) {
            List<String> members = new ArrayList<>();
            sg.forEach(members::addAll);
            byRow.get(gen.get(members.get(0))).add(members);
        }
        for (List<List<String>> row : byRow) {
            row.sort(Comparator.comparingInt(m -> m.stream().mapToInt(declared::get).min().orElse(0)));
        }
        int id = 0;
        for (List<List<String>> row : byRow) {
            for (List<String> sg : row) {
                for (String p : sg) {
                    supergroupOf.put(p, id);
                }
                id++;
            }
        }
        pack(byRow);
        for (int sweep = 0; sweep < 4; sweep++) {
            for (int r = 1; r < byRow.size(); r++) {
                sortRow(byRow, r, true);
            }
            for (int r = byRow.size() - 2; r >= 0; r--) {
                sortRow(byRow, r, false);
            }
        }
        for (int r = 1; r < byRow.size(); r++) {
            sortRow(byRow, r, true);
        }
        for (int r = 0; r < byRow.size(); r++) {
            rows.get(r).clear();
            byRow.get(r).forEach(rows.get(r)::addAll);
        }
    }

    private void sortRow(List<List<List<String>>> byRow, int r, boolean fromParents) {
        List<List<String>> row = byRow.get(r);
        Map<List<String>, Double> key = new HashMap<>();
        for (List<String> sg : row) {
            double sum = 0;
            int n = 0;
            for (String p : sg) {
                if (fromParents) {
                    Union u = parentUnion.get(p);
                    if (u != null && gen.get(u.parents().get(0)) < r) {
                        sum += u.parents().stream().mapToDouble(x::get).average().orElse(0);
                        n++;
                    }
                } else {
                    for (Union u : unions) {
                        if (u.parents().contains(p)) {
                            for (String c : u.children()) {
                                sum += x.get(c);
                                n++;
                            }
                        }
                    }
                }
            }
            key.put(sg, n == 0 ? sg.stream().mapToDouble(x::get).average().orElse(0) : sum / n);
        }
        row.sort(Comparator.comparingDouble(key::get));
        packRow(row);
    }

    private void pack(List<List<List<String>>> byRow) {
        byRow.forEach(this::packRow);
    }

    private void packRow(List<List<String>> row) {
        double at = MARGIN_X;
        String previous = null;
        for (List<String> sg : row) {
            for (String p : sg) {
                if (previous != null) {
                    at += gap(previous, p);
                }
                x.put(p, at);
                previous = p;
            }
        }
    }

    /** The least distance between the centres of two neighbours in a row. */
    private double gap(String left, String right) {
        if (!supergroupOf.get(left).equals(supergroupOf.get(right))) {
            return GROUP_GAP;
        }
        if (partners.get(left).contains(right)) {
            boolean twoYears = genogram.couples().stream().filter(c -> c.is(left, right))
                    .anyMatch(c -> c.events().stream().filter(e -> e.year() != null).count() >= 2);
            return twoYears ? WIDE_PARTNER_GAP : PARTNER_GAP;
        }
        return SIBLING_GAP;
    }

    // -------------------------------------------------------------------------------------------- 5. positions

    private void positions() {
        for (int iteration = 0; iteration < 60; iteration++) {
            Map<String, double[]> wishes = new HashMap<>();
            for (String p : people.keySet()) {
                wishes.put(p, new double[] {0.05 * x.get(p), 0.05});
            }
            for (Union u : unions) {
                if (u.children().isEmpty()) {
                    continue;
                }
                double anchor = u.parents().stream().mapToDouble(x::get).average().orElse(0);
                double first = u.children().stream().mapToDouble(x::get).min().orElse(0);
                double last = u.children().stream().mapToDouble(x::get).max().orElse(0);
                double shift = anchor - (first + last) / 2;
                for (String c : u.children()) {
                    wish(wishes, c, x.get(c) + shift / 2, 1);
                }
                for (String p : u.parents()) {
                    wish(wishes, p, x.get(p) - shift / 2, 1);
                }
            }
            for (List<String> row : rows) {
                for (int i = 0; i + 1 < row.size(); i++) {
                    double span = 0;
                    for (int j = i + 1; j < row.size(); j++) {
                        String a = row.get(i);
                        String b = row.get(j);
                        span += gap(row.get(j - 1), b);
                        if (partners.get(a).contains(b)) {
                            wish(wishes, a, x.get(b) - span, 2);
                            wish(wishes, b, x.get(a) + span, 2);
                        }
                    }
                }
            }
            for (List<String> row : rows) {
                fit(row, wishes);
            }
        }
        double min = x.values().stream().mapToDouble(Double::doubleValue).min().orElse(MARGIN_X);
        x.replaceAll((id, v) -> (double) Math.round(v - min + MARGIN_X));
    }

    private static void wish(Map<String, double[]> wishes, String p, double at, double weight) {
        double[] w = wishes.get(p);
        w[0] += weight * at;
        w[1] += weight;
    }

    /**
     * The positions for {@code row} closest (least squares, weighted) to the wishes that keep the order and the
     * gaps: the pool-adjacent-violators algorithm on the positions minus the gaps before them.
     */
    private void fit(List<String> row, Map<String, double[]> wishes) {
        int n = row.size();
        if (n == 0) {
            return;
        }
        double[] offset = new double[n];
        for (int i = 1; i < n; i++) {
            offset[i] = offset[i - 1] + gap(row.get(i - 1), row.get(i));
        }
        double[] value = new double[n];
        double[] weight = new double[n];
        int[] size = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            double[] w = wishes.get(row.get(i));
            value[blocks] = w[0] / w[1] - offset[i];
            weight[blocks] = w[1];
            size[blocks] = 1;
            blocks++;
            while (blocks > 1 && value[blocks - 2] > value[blocks - 1]) {
                double total = weight[blocks - 2] + weight[blocks - 1];
                value[blocks - 2] = (value[blocks - 2] * weight[blocks - 2] + value[blocks - 1] * weight[blocks - 1])
                        / total;
                weight[blocks - 2] = total;
                size[blocks - 2] += size[blocks - 1];
                blocks--;
            }
        }
        int i = 0;
        for (int b = 0; b < blocks; b++) {
            for (int k = 0; k < size[b]; k++, i++) {
                x.put(row.get(i), value[b] + offset[i]);
            }
        }
    }
}
