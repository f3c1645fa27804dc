package nl.kring.genogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import nl.kring.genogram.Genogram.Couple;
import nl.kring.genogram.Genogram.Family;
import nl.kring.genogram.Genogram.Person;
import nl.kring.genogram.Layout.UnionLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Layout invariants on a three-generation genogram of 26 people: both families of origin of the client and his
 * partner, a man with an earlier wife, a man divorced and living with a second partner, twins, adopted and foster
 * children.
 */
class LayoutTest {

    private static Genogram g;
    private static Layout layout;

    @BeforeAll
    static void layOut() {
        Parsed parsed = Genograms.parse(Fixtures.read("three-generations.genogram"));
        assertThat(parsed.problems()).isEmpty();
        g = parsed.genogram().orElseThrow();
        layout = Layout.of(g);
    }

    @Test
    void theFixtureIsThreeGenerationsOfTwentySixPeople() {
        assertThat(g.people()).hasSize(26);
        assertThat(layout.rows()).hasSize(3);
        assertThat(layout.rows().stream().mapToInt(List::size).sum()).isEqualTo(26);
    }

    @Test
    void everyGenerationIsOnOneRowAndChildrenAreOneRowBelowTheirParents() {
        for (List<String> row : layout.rows()) {
            assertThat(row.stream().map(layout::y).distinct()).hasSize(1);
        }
        for (Family f : g.families()) {
            for (String child : f.childIds()) {
                for (String parent : f.parents()) {
                    assertThat(layout.y(child) - layout.y(parent)).as(child + " under " + parent)
                            .isEqualTo(Layout.ROW);
                }
            }
        }
        for (Couple c : g.couples()) {
            assertThat(layout.y(c.a())).as(c.a() + " and " + c.b()).isEqualTo(layout.y(c.b()));
        }
        assertThat(layout.rows().get(0)).containsExactlyInAnyOrder("henk", "gerda", "jan", "rita", "wil");
    }

    @Test
    void noTwoSymbolsOverlap() {
        List<Person> people = g.people();
        for (int i = 0; i < people.size(); i++) {
            for (int j = i + 1; j < people.size(); j++) {
                String a = people.get(i).id();
                String b = people.get(j).id();
                boolean apart = Math.abs(layout.x(a) - layout.x(b)) >= Layout.PARTNER_GAP - 1
                        || Math.abs(layout.y(a) - layout.y(b)) >= Layout.ROW;
                assertThat(apart).as(a + " and " + b + " overlap").isTrue();
            }
        }
    }

    @Test
    void childrenStandInBirthOrderFromLeftToRight() {
        for (Family f : g.families()) {
            List<String> children = f.childIds();
            for (int i = 0; i + 1 < children.size(); i++) {
                assertThat(layout.x(children.get(i))).as(children.get(i) + " left of " + children.get(i + 1))
                        .isLessThan(layout.x(children.get(i + 1)));
            }
        }
    }

    @Test
    void childrenHangUnderTheirParentsCoupleLine() {
        for (UnionLine line : layout.unionLines()) {
            List<String> children = line.union().children();
            if (children.isEmpty()) {
                continue;
            }
            double first = children.stream().mapToDouble(layout::x).min().orElseThrow();
            double last = children.stream().mapToDouble(layout::x).max().orElseThrow();
            assertThat(line.anchorX()).as("anchor of " + line.union().parents())
                    .isBetween(first - Layout.SIBLING_GAP / 2, last + Layout.SIBLING_GAP / 2);
        }
    }

    @Test
    void coupleLinesDoNotCross() {
        List<UnionLine> lines = layout.unionLines().stream().filter(l -> l.union().parents().size() == 2).toList();
        assertThat(lines).noneMatch(UnionLine::deep);
        for (UnionLine a : lines) {
            for (UnionLine b : lines) {
                if (a == b || a.y() != b.y()) {
                    continue;
                }
                double a1 = layout.x(a.left());
                double a2 = layout.x(a.right());
                double b1 = layout.x(b.left());
                double b2 = layout.x(b.right());
                boolean overlap = Math.min(a2, b2) - Math.max(a1, b1) > 0;
                assertThat(overlap).as(a.union().parents() + " crosses " + b.union().parents()).isFalse();
            }
        }
    }

    @Test
    void sibshipLinesOfDifferentFamiliesDoNotOverlap() {
        List<double[]> spans = new ArrayList<>();
        for (UnionLine line : layout.unionLines()) {
            List<String> children = line.union().children();
            if (!children.isEmpty()) {
                double from = Math.min(line.anchorX(), children.stream().mapToDouble(layout::x).min().orElseThrow());
                double to = Math.max(line.anchorX(), children.stream().mapToDouble(layout::x).max().orElseThrow());
                spans.add(new double[] {layout.y(children.get(0)), from, to});
            }
        }
        for (int i = 0; i < spans.size(); i++) {
            for (int j = i + 1; j < spans.size(); j++) {
                double[] a = spans.get(i);
                double[] b = spans.get(j);
                if (a[0] == b[0]) {
                    assertThat(Math.min(a[2], b[2]) - Math.max(a[1], b[1])).isLessThan(0);
                }
            }
        }
    }

    @Test
    void partnersFromOutsideStandNextToTheirPartner() {
        for (Couple c : g.couples()) {
            assertThat(layout.peopleBetween(c.a(), c.b()) == 0 || hasParents(c.a()) && hasParents(c.b())
                    || c.a().equals("piet") || c.a().equals("jan"))
                    .as(c.a() + " and " + c.b()).isTrue();
        }
        assertThat(layout.peopleBetween("ernst", "laura")).isZero();
    }

    @Test
    void aPersonWithTwoPartnersHasTheFirstOnOneSideAndTheSecondOnTheOther() {
        assertThat(layout.x("anja")).isLessThan(layout.x("piet"));
        assertThat(layout.x("sofie")).isGreaterThan(layout.x("piet"));
        assertThat(layout.x("rita")).isLessThan(layout.x("jan"));
        assertThat(layout.x("wil")).isGreaterThan(layout.x("jan"));
        assertThat(layout.peopleBetween("piet", "sofie")).isZero();
        assertThat(layout.peopleBetween("jan", "wil")).isZero();
    }

    @Test
    void theFamiliesOfOriginStandAboveTheirChildrenAndTheCoupleJoinsThem() {
        assertThat(layout.x("jan")).isLessThan(layout.x("henk"));
        assertThat(layout.x("laura")).isLessThan(layout.x("ernst"));
        assertThat(layout.x("rob")).isLessThan(layout.x("laura"));
        assertThat(layout.x("marja")).isGreaterThan(layout.x("ernst"));
    }

    @Test
    void whenBothPartnersAreTheOldestTheirCoupleLinePassesBelowTheSiblingBetweenThem() {
        Genogram eldest = Genograms.parse("""
                person pa male index
                person ma female
                person a male born 1960
                person b male born 1962
                person c female born 1961
                person d female born 1963
                person ga male
                person gb female
                couple pa ma married
                couple ga gb married
                children pa ma: a, b
                children ga gb: c, d
                couple a c married
                """).genogram().orElseThrow();
        Layout l = Layout.of(eldest);
        UnionLine ac = l.unionLines().stream().filter(u -> u.union().parents().contains("a")).findFirst()
                .orElseThrow();
        assertThat(l.peopleBetween("a", "c")).isEqualTo(1);
        assertThat(ac.deep()).isTrue();
        assertThat(ac.y()).isEqualTo(l.y("a") + Layout.DEEP_DROP);
    }

    @Test
    void theLayoutIsDeterministic() {
        Layout again = Layout.of(Genograms.parse(Fixtures.read("three-generations.genogram")).genogram().orElseThrow());
        for (Person p : g.people()) {
            assertThat(again.x(p.id())).isEqualTo(layout.x(p.id()));
        }
    }

    private static boolean hasParents(String id) {
        return !g.parentsOf(id).isEmpty();
    }
}
