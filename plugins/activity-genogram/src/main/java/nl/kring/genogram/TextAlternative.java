package nl.kring.genogram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
import nl.kring.genogram.NetworkMap.Link;
import nl.kring.genogram.NetworkMap.Node;
import nl.kring.genogram.NetworkMap.Sector;

/**
 * The text alternative of a drawing, in Markdown that also reads as plain text: for a genogram generation by
 * generation (oldest first) each person with their years, what they are to the client and their markers, their
 * couples and children, then the emotional relationships and the households; for a network map the client and
 * then, sector by sector and from close to far, who is there and what line connects them.
 */
final class TextAlternative {

    private TextAlternative() {
    }

    /** The title of a genogram: its title line, or "Genogram of" the client, or "Genogram". */
    static String title(Genogram g, Words w) {
        if (!g.title().isEmpty()) {
            return g.title();
        }
        return g.index().map(p -> w.t("genogram.of", p.label())).orElse(w.t("genogram"));
    }

    static String title(NetworkMap m, Words w) {
        if (!m.title().isEmpty()) {
            return m.title();
        }
        return m.client() == null ? w.t("map") : w.t("map.of", m.client().label());
    }

    static String genogram(Genogram g, Layout layout, Words w) {
        StringBuilder out = new StringBuilder();
        out.append("**").append(title(g, w)).append("**\n\n");
        int generations = layout.rows().size();
        out.append(generations == 1 ? w.t("summary.one", generations, g.people().size())
                : w.t("summary", generations, g.people().size()));
        out.append(' ').append(g.index().map(p -> w.t("client.is", p.label())).orElse(w.t("no.client")))
                .append("\n");
        Set<String> described = new HashSet<>();
        Set<Couple> told = new HashSet<>();
        Set<Family> toldFamilies = new HashSet<>();
        for (int r = 0; r < layout.rows().size(); r++) {
            out.append("\n**").append(w.t("generation", r + 1)).append("**\n\n");
            List<String> row = new ArrayList<>(layout.rows().get(r));
            row.sort(java.util.Comparator.<String>comparingInt(id -> g.person(id).map(Person::index).orElse(false)
                    ? 0 : g.parentsOf(id).isEmpty() ? 2 : 1).thenComparingInt(id -> -g.couplesOf(id).size()));
            for (String id : row) {
                if (described.contains(id)) {
                    continue;
                }
                List<Couple> couples = g.couplesOf(id).stream().filter(c -> !told.contains(c)).toList();
                boolean first = true;
                for (Couple c : couples) {
                    String partner = c.partnerOf(id);
                    String self = first && !described.contains(id) ? person(g, id, w) : label(g, id);
                    String other = described.contains(partner) ? label(g, partner) : person(g, partner, w);
                    out.append("- ").append(couple(g, c, id, self, other, w)).append(".\n");
                    told.add(c);
                    described.add(id);
                    described.add(partner);
                    first = false;
                    g.families().stream().filter(f -> f.of(c.a(), c.b())).findFirst()
                            .ifPresent(f -> out.append("- ").append(children(g, f, w)).append("\n"));
                }
                for (Family f : g.familiesOfParent(id)) {
                    boolean coupled = f.parents().size() == 2 && g.couples().stream()
                            .anyMatch(c -> c.is(f.parents().get(0), f.parents().get(1)));
                    if (coupled || !toldFamilies.add(f)) {
                        continue;
                    }
                    String self = described.contains(id) ? label(g, id) : person(g, id, w);
                    described.add(id);
                    if (f.parents().size() == 2) {
                        String other = f.parents().get(0).equals(id) ? f.parents().get(1) : f.parents().get(0);
                        out.append("- ").append(w.t("is.parents", self, described.contains(other)
                                ? label(g, other) : person(g, other, w))).append(".\n");
                        described.add(other);
                    } else if (!self.equals(label(g, id))) {
                        out.append("- ").append(self).append(".\n");
                    }
                    out.append("- ").append(children(g, f, w)).append("\n");
                }
                if (!described.contains(id)) {
                    out.append("- ").append(person(g, id, w)).append(".\n");
                    described.add(id);
                }
            }
        }
        if (!g.relations().isEmpty()) {
            out.append("\n**").append(w.t("relations")).append("**\n\n");
            for (Relation r : g.relations()) {
                if (r.type() == RelationType.ABUSE) {
                    out.append("- ").append(w.t("abuse.by", label(g, r.a()), label(g, r.b()))).append(".\n");
                } else {
                    out.append("- ").append(label(g, r.a())).append(' ').append(w.t("and")).append(' ')
                            .append(label(g, r.b())).append(": ").append(w.relation(r.type())).append(".\n");
                }
            }
        }
        if (!g.households().isEmpty()) {
            out.append("\n**").append(w.t("households")).append("**\n\n");
            for (Household h : g.households()) {
                List<String> names = h.members().stream().map(m -> label(g, m)).toList();
                out.append("- ").append(names.size() == 1 ? w.t("lives.alone", names.get(0))
                        : w.t("live.together", w.join(names))).append("\n");
            }
        }
        return out.toString();
    }

    private static String label(Genogram g, String id) {
        return g.person(id).map(Person::label).orElse(id);
    }

    /** "Henk (man, born 1940, died 1995, father of Ernst, substance misuse)". */
    static String person(Genogram g, String id, Words w) {
        Person p = g.person(id).orElseThrow();
        List<String> details = new ArrayList<>();
        details.add(w.sex(p.sex()));
        if (p.born() != null) {
            details.add(w.t("born", p.born()));
        }
        if (p.died() != null) {
            details.add(w.t("died", p.died()));
        } else if (p.deceased()) {
            details.add(w.t("deceased"));
        }
        if (p.index()) {
            details.add(w.t("index"));
        }
        Kinship.of(g, id, w).ifPresent(details::add);
        for (Marker m : Marker.values()) {
            if (p.has(m)) {
                details.add(w.marker(m));
            }
        }
        if (!p.note().isEmpty()) {
            details.add(p.note());
        }
        return p.label() + " (" + String.join(", ", details) + ")";
    }

    private static String couple(Genogram g, Couple c, String id, String self, String other, Words w) {
        boolean past = g.person(c.a()).map(Person::deceased).orElse(false)
                || g.person(c.b()).map(Person::deceased).orElse(false);
        String key = switch (c.status()) {
            case MARRIED -> past ? "was.married" : "is.married";
            case COHABITING -> past ? "was.cohabiting" : "is.cohabiting";
            case SEPARATED -> "is.separated";
            case DIVORCED -> "is.divorced";
        };
        String sentence = w.t(key, self, other);
        List<CoupleEvent> dated = c.events().stream().filter(e -> e.year() != null).toList();
        if (dated.size() == 1 && c.events().size() == 1) {
            boolean since = !past && (c.status() == CoupleStatus.MARRIED || c.status() == CoupleStatus.COHABITING);
            sentence += " " + w.t(since ? "since" : "in", dated.get(0).year());
        } else if (!dated.isEmpty()) {
            sentence += " (" + dated.stream().map(e -> w.status(e.status()) + " " + e.year())
                    .collect(Collectors.joining(", ")) + ")";
        }
        return sentence;
    }

    /** "Children of Ernst and Laura, oldest first: Tim, Sanne and Lotte (twins), Bas (adopted)." */
    static String children(Genogram g, Family f, Words w) {
        List<String> births = new ArrayList<>();
        for (Birth b : f.births()) {
            List<String> names = b.children().stream().map(c -> label(g, c.id()) + kind(c, w)).toList();
            if (b.children().size() > 1) {
                String twins = switch (b.twins()) {
                    case IDENTICAL -> w.t("identical");
                    case FRATERNAL -> w.t("fraternal");
                    default -> w.t("twins");
                };
                births.add(w.join(names) + " (" + twins + ")");
            } else {
                births.add(names.get(0));
            }
        }
        String parents = w.join(f.parents().stream().map(p -> label(g, p)).toList());
        boolean multiple = f.births().stream().anyMatch(b -> b.children().size() > 1);
        return w.t("children.of", parents, multiple ? String.join("; ", births) : w.join(births));
    }

    private static String kind(Child c, Words w) {
        return c.kind() == ChildKind.BIOLOGICAL ? "" : " (" + w.t(c.kind().word()) + ")";
    }

    // ------------------------------------------------------------------------------------------- network map

    static String networkMap(NetworkMap m, Words w) {
        StringBuilder out = new StringBuilder();
        out.append("**").append(title(m, w)).append("**\n\n");
        if (m.client() != null) {
            out.append(w.t("map.summary", node(m, m.client(), w), m.nodes().size())).append("\n");
        }
        for (Sector s : Sector.values()) {
            List<Node> here = m.nodes().stream().filter(n -> n.sector() == s).toList();
            if (here.isEmpty() && s == Sector.OTHER) {
                continue;
            }
            out.append("\n**").append(w.sector(s)).append("**: ");
            if (here.isEmpty()) {
                out.append(w.t("map.none")).append(".\n");
                continue;
            }
            out.append("\n\n");
            for (int d = 1; d <= 3; d++) {
                for (Node n : here) {
                    if (n.distance() != d) {
                        continue;
                    }
                    out.append("- ").append(node(m, n, w)).append(", ")
                            .append(w.t("distance", d, w.t("ring" + d))).append(": ");
                    List<String> toClient = m.client() == null ? List.of() : m.links().stream()
                            .filter(l -> l.is(n.id(), m.client().id())).map(l -> w.link(l.type())).toList();
                    out.append(toClient.isEmpty() ? w.t("links.none") : w.join(toClient)).append(".\n");
                }
            }
        }
        List<Link> between = m.links().stream().filter(l -> m.client() == null || !l.from().equals(m.client().id())
                && !l.to().equals(m.client().id())).toList();
        if (!between.isEmpty()) {
            out.append("\n**").append(w.t("links.between")).append("**\n\n");
            for (Link l : between) {
                out.append("- ").append(nodeLabel(m, l.from())).append(' ').append(w.t("and")).append(' ')
                        .append(nodeLabel(m, l.to())).append(": ").append(w.link(l.type())).append(".\n");
            }
        }
        return out.toString();
    }

    private static String nodeLabel(NetworkMap m, String id) {
        return m.node(id).map(Node::label).orElse(id);
    }

    private static String node(NetworkMap m, Node n, Words w) {
        List<String> details = new ArrayList<>();
        details.add(n.organisation() ? w.t("org") : w.sex(n.sex()));
        for (Marker marker : Marker.values()) {
            if (n.markers().contains(marker)) {
                details.add(w.marker(marker));
            }
        }
        return n.label() + " (" + String.join(", ", details) + ")";
    }

    /** The Markdown as plain text, for the SVG's {@code <desc>}. */
    static String plain(String markdown) {
        return markdown.lines().map(l -> l.replace("**", "").replaceFirst("^- ", ""))
                .filter(l -> !l.isBlank()).collect(Collectors.joining("\n"));
    }
}
