package nl.kring.genogram;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.kring.genogram.Genogram.Birth;
import nl.kring.genogram.Genogram.Child;
import nl.kring.genogram.Genogram.ChildKind;
import nl.kring.genogram.Genogram.Couple;
import nl.kring.genogram.Genogram.CoupleEvent;
import nl.kring.genogram.Genogram.CoupleStatus;
import nl.kring.genogram.Genogram.Family;
import nl.kring.genogram.Genogram.Household;
import nl.kring.genogram.Genogram.Marker;
import nl.kring.genogram.Genogram.Person;
import nl.kring.genogram.Genogram.Relation;
import nl.kring.genogram.Genogram.RelationType;
import nl.kring.genogram.Genogram.Sex;
import nl.kring.genogram.Genogram.Twins;
import nl.kring.genogram.Layout.UnionLine;

/**
 * Draws a laid-out genogram as SVG: households behind everything, then couple and child lines, emotional
 * relationships, the symbols (on a white ground, so lines passing behind never hide them), the years and names,
 * and a legend of what is used.
 */
final class GenogramSvg {

    static final String FONT = "DejaVu Sans, Arial, Helvetica, sans-serif";
    private static final double H = Layout.HALF;
    private static final int NAME_CHARS = 14;

    private final Genogram g;
    private final Layout layout;
    private final Words words;
    private final String prefix;
    private final Map<String, Person> people = new LinkedHashMap<>();

    private GenogramSvg(Genogram g, Layout layout, Words words, String prefix) {
        this.g = g;
        this.layout = layout;
        this.words = words;
        this.prefix = prefix;
        g.people().forEach(p -> people.put(p.id(), p));
    }

    static String render(Genogram g, Layout layout, Words words, String prefix, String title, String desc) {
        return new GenogramSvg(g, layout, words, prefix).draw(title, desc);
    }

    private String draw(String title, String desc) {
        Legend legend = legend();
        double width = Math.max(layout.width(), Legend.COLUMN * 2 + 80);
        double legendTop = people.isEmpty() ? 20 : layout.height() + 10;
        double height = legendTop + (legend.size() == 0 ? 0 : legend.height(width));
        Svg svg = Symbols.document(width, height, prefix, title, desc);
        households(svg);
        unions(svg);
        relations(svg);
        symbols(svg);
        labels(svg);
        if (legend.size() > 0) {
            legend.draw(svg, 40, legendTop, width);
        }
        svg.close();
        return svg.toString();
    }

    // ------------------------------------------------------------------------------------------------ geometry

    private double x(String id) {
        return layout.x(id);
    }

    private double y(String id) {
        return layout.y(id);
    }

    private double top(String id) {
        Person p = people.get(id);
        return Symbols.top(p.sex(), H) + (p.index() ? 5 : 0);
    }

    private double bottom(String id) {
        Person p = people.get(id);
        double b = switch (p.sex()) {
            case PREGNANCY -> H * 0.64;
            case MISCARRIAGE -> H * 0.35;
            case OTHER, UNKNOWN -> H * 1.2;
            default -> H;
        };
        return b + (p.index() ? 5 : 0);
    }

    // ------------------------------------------------------------------------------------------------ layers

    private void households(Svg svg) {
        int k = 0;
        for (Household h : g.households()) {
            TreeMap<Integer, double[]> rows = new TreeMap<>();
            for (String m : h.members()) {
                double[] range = rows.computeIfAbsent(layout.generation(m), r -> new double[] {x(m), x(m)});
                range[0] = Math.min(range[0], x(m));
                range[1] = Math.max(range[1], x(m));
            }
            double pad = 50 + 6 * k;
            List<Integer> gens = new ArrayList<>(rows.keySet());
            List<Double> right = new ArrayList<>();
            List<Double> left = new ArrayList<>();
            double bandTop = Layout.TOP + gens.get(0) * Layout.ROW - 46 - 4 * k;
            right.add(rows.get(gens.get(0))[1] + pad);
            right.add(bandTop);
            for (int i = 0; i < gens.size(); i++) {
                double[] range = rows.get(gens.get(i));
                double yBottom = Layout.TOP + gens.get(i) * Layout.ROW + 98 + 4 * k;
                double yNext = i + 1 < gens.size() ? Layout.TOP + gens.get(i + 1) * Layout.ROW - 46 - 4 * k : 0;
                double split = i + 1 < gens.size() ? (yBottom + yNext) / 2 : yBottom;
                right.add(range[1] + pad);
                right.add(split);
                left.add(0, split);
                left.add(0, range[0] - pad);
                if (i + 1 < gens.size()) {
                    double[] next = rows.get(gens.get(i + 1));
                    right.add(next[1] + pad);
                    right.add(split);
                    left.add(0, split);
                    left.add(0, next[0] - pad);
                }
            }
            left.add(rows.get(gens.get(0))[0] - pad);
            left.add(bandTop);
            double[] pts = new double[right.size() + left.size()];
            int i = 0;
            for (double v : right) {
                pts[i++] = v;
            }
            for (double v : left) {
                pts[i++] = v;
            }
            svg.empty("polygon", "points", Svg.points(pts), "fill", "none", "stroke", Symbols.HOUSEHOLD,
                    "stroke-width", 1.8, "stroke-dasharray", "9 6", "stroke-linejoin", "round");
            k++;
        }
    }

    private void unions(Svg svg) {
        svg.open("g", "fill", "none", "stroke", Symbols.INK, "stroke-width", 2);
        for (UnionLine line : layout.unionLines()) {
            Layout.Union u = line.union();
            if (u.parents().size() == 2) {
                Couple c = u.couple();
                boolean married = c != null && c.events().stream().anyMatch(e -> e.status() == CoupleStatus.MARRIED);
                Symbols.coupleLine(svg, x(line.left()), y(line.left()) + bottom(line.left()), x(line.right()),
                        y(line.right()) + bottom(line.right()), line.y(), married, c != null);
                if (c != null) {
                    Symbols.slashes(svg, line.anchorX() + (u.children().isEmpty() ? 0 : 18), line.y(), c.status());
                }
            }
            children(svg, line);
        }
        svg.close();
    }

    private void children(Svg svg, UnionLine line) {
        Layout.Union u = line.union();
        if (u.children().isEmpty()) {
            return;
        }
        Family family = g.families().stream().filter(f -> f.parents().size() == u.parents().size()
                && f.parents().containsAll(u.parents())).findFirst().orElseThrow();
        Map<Integer, List<Birth>> byRow = new TreeMap<>();
        for (Birth b : family.births()) {
            byRow.computeIfAbsent(layout.generation(b.children().get(0).id()), r -> new ArrayList<>()).add(b);
        }
        for (List<Birth> births : byRow.values()) {
            double sibship = y(births.get(0).children().get(0).id()) - Layout.SIBSHIP_RISE;
            double from = line.anchorX();
            double to = line.anchorX();
            svg.empty("line", "x1", line.anchorX(), "y1", line.y(), "x2", line.anchorX(), "y2", sibship);
            for (Birth b : births) {
                List<Child> kids = b.children();
                if (kids.size() == 1 || b.twins() == Twins.NONE) {
                    for (Child c : kids) {
                        from = Math.min(from, x(c.id()));
                        to = Math.max(to, x(c.id()));
                        svg.empty("line", "x1", x(c.id()), "y1", sibship, "x2", x(c.id()), "y2",
                                y(c.id()) - top(c.id()), "stroke-dasharray", Symbols.childDash(c.kind()));
                    }
                    continue;
                }
                double point = kids.stream().mapToDouble(c -> x(c.id())).average().orElse(0);
                from = Math.min(from, point);
                to = Math.max(to, point);
                double knee = sibship + 14;
                for (Child c : kids) {
                    svg.empty("polyline", "points", Svg.points(point, sibship, x(c.id()), knee, x(c.id()),
                            y(c.id()) - top(c.id())), "stroke-dasharray", Symbols.childDash(c.kind()));
                }
                if (b.twins() == Twins.IDENTICAL) {
                    double t = 0.5;
                    svg.empty("line", "x1", point + (x(kids.get(0).id()) - point) * t, "y1", sibship + 14 * t,
                            "x2", point + (x(kids.get(kids.size() - 1).id()) - point) * t, "y2", sibship + 14 * t);
                }
            }
            svg.empty("line", "x1", from, "y1", sibship, "x2", to, "y2", sibship);
        }
    }

    private void relations(Svg svg) {
        for (Relation r : g.relations()) {
            double[] pts = relationPath(r);
            if (pts.length > 0) {
                Symbols.relation(svg, r.type(), pts);
            }
        }
    }

    /**
     * The points of a relationship line, trimmed to the symbols: straight between neighbours in a row, otherwise
     * a curve bulging to one side, so that it neither runs along the couple and child lines nor seems to touch
     * the people in between.
     */
    double[] relationPath(Relation r) {
        double x1 = x(r.a());
        double y1 = y(r.a());
        double x2 = x(r.b());
        double y2 = y(r.b());
        double len = Math.hypot(x2 - x1, y2 - y1);
        double ra = top(r.a()) + 7;
        double rb = top(r.b()) + 7;
        if (len <= ra + rb + 4) {
            return new double[0];
        }
        boolean sameRow = y1 == y2;
        boolean neighbours = sameRow && layout.peopleBetween(r.a(), r.b()) == 0;
        double nx = -(y2 - y1) / len;
        double ny = (x2 - x1) / len;
        double[] best;
        if (neighbours) {
            best = Symbols.curve(x1, y1, x2, y2, 0);
        } else if (sameRow) {
            best = Symbols.curve(x1, y1, x2, y2, (ny < 0 ? 1 : -1) * (H + 16));
        } else {
            double bulge = Math.min(60, Math.max(22, len * 0.16));
            best = null;
            double bestClearance = -1;
            for (double factor : new double[] {1, -1, 2, -2}) {
                double[] candidate = Symbols.curve(x1, y1, x2, y2, bulge * factor);
                double c = Math.min(clearance(candidate, r), 60);
                if (c > bestClearance + 4) {
                    best = candidate;
                    bestClearance = c;
                }
            }
        }
        double total = Symbols.length(best);
        return Symbols.part(best, ra, total - rb);
    }

    /** How far a line passes from the people it does not connect (the least distance to their centres). */
    private double clearance(double[] pts, Relation r) {
        double least = Double.MAX_VALUE;
        for (String id : people.keySet()) {
            if (id.equals(r.a()) || id.equals(r.b())) {
                continue;
            }
            for (int i = 0; i + 1 < pts.length; i += 2) {
                for (double dy : new double[] {-30, 0, Layout.NAME - 5}) {
                    least = Math.min(least, Math.hypot(pts[i] - x(id), pts[i + 1] - y(id) - dy));
                }
            }
        }
        return least;
    }

    private void symbols(Svg svg) {
        for (List<String> row : layout.rows()) {
            for (String id : row) {
                Person p = people.get(id);
                Symbols.person(svg, prefix, p.sex(), false, x(id), y(id), H, p.markers(), p.index(), p.deceased());
            }
        }
    }

    private void labels(Svg svg) {
        svg.open("g", "font-family", FONT, "fill", Symbols.INK, "stroke", Symbols.PAPER, "stroke-width", 4,
                "stroke-linejoin", "round", "paint-order", "stroke");
        for (List<String> row : layout.rows()) {
            for (String id : row) {
                Person p = people.get(id);
                double x = x(id);
                double y = y(id);
                double yearY = y - top(id) - 7;
                if (p.born() != null) {
                    svg.text("text", String.valueOf(p.born()), "x", x - 5, "y", yearY, "font-size", 11,
                            "text-anchor", "end");
                }
                if (p.died() != null) {
                    svg.text("text", "\u2020" + p.died(), "x", x + 5, "y", yearY, "font-size", 11,
                            "text-anchor", "start");
                }
                double at = y + Layout.NAME;
                boolean unnamed = (p.sex() == Sex.PREGNANCY || p.sex() == Sex.MISCARRIAGE) && p.label().equals(id);
                for (String line : unnamed ? List.<String>of() : wrap(p.label(), NAME_CHARS, 2)) {
                    svg.text("text", line, "x", x, "y", at, "font-size", 13, "text-anchor", "middle", "font-weight",
                            p.index() ? "bold" : null);
                    at += 15;
                }
                if (!p.note().isEmpty()) {
                    svg.text("text", wrap(p.note(), NAME_CHARS + 4, 1).get(0), "x", x, "y", at - 1, "font-size", 11,
                            "text-anchor", "middle", "font-style", "italic", "fill", "#444444");
                }
            }
        }
        for (UnionLine line : layout.unionLines()) {
            Couple c = line.union().couple();
            if (c == null || line.union().parents().size() < 2) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            List<CoupleEvent> dated = c.events().stream().filter(e -> e.year() != null).toList();
            if (!dated.isEmpty()) {
                parts.add(words.t(dated.get(0).status().word() + ".short") + " " + dated.get(0).year());
            }
            if (dated.size() > 1) {
                CoupleEvent last = dated.get(dated.size() - 1);
                parts.add(words.t(last.status().word() + ".short") + " " + last.year());
            }
            if (!parts.isEmpty()) {
                svg.text("text", String.join(" \u00b7 ", parts), "x", line.anchorX(), "y", line.y() - 10,
                        "font-size", 10, "text-anchor", "middle");
            }
        }
        svg.close();
    }

    /** Splits {@code text} into at most {@code max} lines of about {@code chars} characters, the last cut with …. */
    static List<String> wrap(String text, int chars, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > chars) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        List<String> result = new ArrayList<>();
        for (int i = 0; i < lines.size() && i < max; i++) {
            String l = lines.get(i);
            boolean cut = i == max - 1 && lines.size() > max;
            if (l.length() > chars + 2 || cut) {
                l = l.substring(0, Math.min(l.length(), chars)).strip() + "\u2026";
            }
            result.add(l);
        }
        return result;
    }

    // ------------------------------------------------------------------------------------------------ legend

    private Legend legend() {
        Legend legend = new Legend(words);
        Set<Sex> sexes = EnumSet.noneOf(Sex.class);
        Set<Marker> markers = EnumSet.noneOf(Marker.class);
        boolean index = false;
        boolean deceased = false;
        boolean years = false;
        for (Person p : g.people()) {
            sexes.add(p.sex());
            markers.addAll(p.markers());
            index |= p.index();
            deceased |= p.deceased();
            years |= p.born() != null || p.died() != null;
        }
        for (Sex sex : Sex.values()) {
            if (sexes.contains(sex)) {
                legend.add(words.sex(sex), (svg, x, y) -> Symbols.person(svg, prefix, sex, false, x, y, 11,
                        Set.of(), false, false));
            }
        }
        if (index) {
            legend.add(words.t("legend.index"), (svg, x, y) -> Symbols.person(svg, prefix, Sex.MALE, false, x, y, 10,
                    Set.of(), true, false));
        }
        if (deceased) {
            legend.add(words.t("deceased"), (svg, x, y) -> Symbols.person(svg, prefix, Sex.FEMALE, false, x, y, 11,
                    Set.of(), false, true));
        }
        if (years) {
            legend.add(words.t("legend.years"), (svg, x, y) -> {
                Symbols.person(svg, prefix, Sex.MALE, false, x, y + 6, 7, Set.of(), false, false);
                svg.text("text", "1950", "x", x - 2, "y", y - 5, "font-size", 9, "text-anchor", "end");
                svg.text("text", "\u20202010", "x", x + 2, "y", y - 5, "font-size", 9, "text-anchor", "start");
            });
        }
        for (Marker m : Marker.values()) {
            if (markers.contains(m)) {
                legend.add(words.t("legend." + m.word()), (svg, x, y) -> Symbols.person(svg, prefix, Sex.MALE, false,
                        x, y, 11, Set.of(m), false, false));
            }
        }
        Set<CoupleStatus> statuses = EnumSet.noneOf(CoupleStatus.class);
        g.couples().forEach(c -> statuses.add(c.status()));
        for (CoupleStatus s : CoupleStatus.values()) {
            if (statuses.contains(s)) {
                boolean married = s != CoupleStatus.COHABITING && g.couples().stream().filter(c -> c.status() == s)
                        .anyMatch(c -> c.events().stream().anyMatch(e -> e.status() == CoupleStatus.MARRIED));
                legend.add(words.t("legend." + s.word()) + (s.ordinal() >= 2 && !married ? " ("
                        + words.t("cohabiting") + ")" : ""), (svg, x, y) -> {
                    svg.open("g", "fill", "none", "stroke", Symbols.INK, "stroke-width", 2);
                    Symbols.coupleLine(svg, x - 24, y - 10, x + 24, y - 10, y + 6, s == CoupleStatus.MARRIED
                            || s != CoupleStatus.COHABITING && married, true);
                    Symbols.slashes(svg, x, y + 6, s);
                    svg.close();
                });
            }
        }
        if (layout.unions().stream().anyMatch(u -> u.couple() == null && u.parents().size() == 2)) {
            legend.add(words.t("legend.parents"), (svg, x, y) -> Symbols.coupleLine(svg, x - 24, y - 10, x + 24,
                    y - 10, y + 6, false, false));
        }
        Set<ChildKind> kinds = EnumSet.noneOf(ChildKind.class);
        Set<Twins> twins = EnumSet.noneOf(Twins.class);
        for (Family f : g.families()) {
            f.children().forEach(c -> kinds.add(c.kind()));
            f.births().forEach(b -> twins.add(b.twins()));
        }
        for (ChildKind k : ChildKind.values()) {
            if (kinds.contains(k)) {
                legend.add(words.t(k == ChildKind.BIOLOGICAL ? "legend.child" : "legend." + k.word()),
                        (svg, x, y) -> svg.empty("line", "x1", x, "y1", y - 13, "x2", x, "y2", y + 13, "stroke",
                                Symbols.INK, "stroke-width", 2, "stroke-dasharray", Symbols.childDash(k)));
            }
        }
        if (twins.contains(Twins.TWINS) || twins.contains(Twins.FRATERNAL)) {
            legend.add(words.t("legend.twins"), (svg, x, y) -> twinSample(svg, x, y, false));
        }
        if (twins.contains(Twins.IDENTICAL)) {
            legend.add(words.t("legend.identical"), (svg, x, y) -> twinSample(svg, x, y, true));
        }
        Set<RelationType> types = EnumSet.noneOf(RelationType.class);
        g.relations().forEach(r -> types.add(r.type()));
        for (RelationType t : RelationType.values()) {
            if (types.contains(t)) {
                legend.add(t == RelationType.ABUSE ? words.t("legend.abuse") : words.relation(t),
                        (svg, x, y) -> Symbols.relation(svg, t, x - 26, y, x + 26, y));
            }
        }
        if (!g.households().isEmpty()) {
            legend.add(words.t("legend.household"), (svg, x, y) -> svg.empty("rect", "x", x - 24, "y", y - 12,
                    "width", 48, "height", 24, "fill", "none", "stroke", Symbols.HOUSEHOLD, "stroke-width", 1.8,
                    "stroke-dasharray", "9 6"));
        }
        return legend;
    }

    private static void twinSample(Svg svg, double x, double y, boolean identical) {
        svg.open("g", "stroke", Symbols.INK, "stroke-width", 2, "fill", "none");
        svg.empty("line", "x1", x - 22, "y1", y - 13, "x2", x + 22, "y2", y - 13);
        svg.empty("polyline", "points", Svg.points(x, y - 13, x - 14, y - 1, x - 14, y + 13));
        svg.empty("polyline", "points", Svg.points(x, y - 13, x + 14, y - 1, x + 14, y + 13));
        if (identical) {
            svg.empty("line", "x1", x - 7, "y1", y - 7, "x2", x + 7, "y2", y - 7);
        }
        svg.close();
    }
}
