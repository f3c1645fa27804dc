package nl.kring.genogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.kring.api.activity.ActivityProblem;
import nl.kring.genogram.Genogram.Birth;
import nl.kring.genogram.Genogram.Child;
import nl.kring.genogram.Genogram.ChildKind;
import nl.kring.genogram.Genogram.CoupleEvent;
import nl.kring.genogram.Genogram.CoupleStatus;
import nl.kring.genogram.Genogram.Marker;
import nl.kring.genogram.Genogram.Person;
import nl.kring.genogram.Genogram.RelationType;
import nl.kring.genogram.Genogram.Sex;
import nl.kring.genogram.Genogram.Twins;
import org.junit.jupiter.api.Test;

/** The notation and its checks: every problem with the exact line it concerns (0 = the whole text). */
class NotationReaderTest {

    private static List<String> problems(String text) {
        return Genograms.check(text).stream().map(Problem::toString).toList();
    }

    @Test
    void theExampleIsReadCompletely() {
        Parsed parsed = Genograms.parse(Fixtures.read("ernst-laura.genogram"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.kind()).isEqualTo(Diagram.Kind.GENOGRAM);
        Genogram g = parsed.genogram().orElseThrow();
        assertThat(g.title()).isEqualTo("Ernst en Laura");
        assertThat(g.people()).extracting(Person::id)
                .containsExactly("ernst", "laura", "henk", "gerda", "marja", "tim", "sanne", "lotte", "bas");
        Person ernst = g.person("ernst").orElseThrow();
        assertThat(ernst).isEqualTo(new Person("ernst", Sex.MALE, "Ernst", 1968, null, false, true,
                java.util.Set.of(Marker.SUBSTANCE), ""));
        Person henk = g.person("henk").orElseThrow();
        assertThat(henk.deceased()).isTrue();
        assertThat(henk.died()).isEqualTo(1995);
        assertThat(g.index()).contains(ernst);
        assertThat(g.couples()).hasSize(2);
        assertThat(g.couples().get(0).events()).containsExactly(new CoupleEvent(CoupleStatus.MARRIED, 1965));
        assertThat(g.families().get(1).births()).containsExactly(
                new Birth(List.of(new Child("tim", ChildKind.BIOLOGICAL)), Twins.NONE),
                new Birth(List.of(new Child("sanne", ChildKind.BIOLOGICAL), new Child("lotte", ChildKind.BIOLOGICAL)),
                        Twins.TWINS),
                new Birth(List.of(new Child("bas", ChildKind.ADOPTED)), Twins.NONE));
        assertThat(g.parentsOf("marja")).containsExactly("henk", "gerda");
        assertThat(g.households().get(0).members()).containsExactly("ernst", "laura", "tim", "sanne", "lotte", "bas");
        assertThat(g.relations()).extracting(Genogram.Relation::type)
                .containsExactly(RelationType.CUT_OFF, RelationType.CLOSE);
    }

    @Test
    void twoTextsThatSayTheSameGiveEqualModels() {
        String a = """
                person a male "A" born 1950   # comments and spacing do not matter
                person b female "B"
                couple a b married 1975
                children a b: c
                person c other
                """;
        String b = """
                genogram
                person a   male "A"  born 1950
                person b female   "B"
                person c other
                couple a b married 1975
                children a b : c
                """;
        assertThat(Genograms.parse(a).diagram()).isEqualTo(Genograms.parse(b).diagram());
    }

    @Test
    void optionalPartsOfPeopleCouplesAndChildren() {
        Genogram g = Genograms.parse("""
                person oma female "Oma" died note "alcohol" mental recovery
                person opa male died 1990
                person x unknown index
                person p pregnancy
                person m miscarriage
                person f female "Fien"
                couple opa oma cohabiting 1950 married 1955 separated 1970 divorced 1972
                children opa oma: x foster, (p, m) identical, f
                """).genogram().orElseThrow();

        Person oma = g.person("oma").orElseThrow();
        assertThat(oma.deceased()).isTrue();
        assertThat(oma.died()).isNull();
        assertThat(oma.note()).isEqualTo("alcohol");
        assertThat(oma.markers()).containsExactlyInAnyOrder(Marker.MENTAL_ILLNESS, Marker.RECOVERY);
        assertThat(g.person("opa").orElseThrow().label()).isEqualTo("opa");
        assertThat(g.couples().get(0).status()).isEqualTo(CoupleStatus.DIVORCED);
        assertThat(g.couples().get(0).year(CoupleStatus.MARRIED)).contains(1955);
        assertThat(g.families().get(0).births().get(1).twins()).isEqualTo(Twins.IDENTICAL);
        assertThat(g.families().get(0).child("x").orElseThrow().kind()).isEqualTo(ChildKind.FOSTER);
        assertThat(g.person("p").orElseThrow().sex()).isEqualTo(Sex.PREGNANCY);
    }

    @Test
    void singleParentsAndChildrenOverSeveralLines() {
        Genogram g = Genograms.parse("""
                person ma female index
                person a male
                person b female
                children ma: a
                children ma: b
                """).genogram().orElseThrow();

        assertThat(g.families()).singleElement().satisfies(f -> {
            assertThat(f.parents()).containsExactly("ma");
            assertThat(f.childIds()).containsExactly("a", "b");
        });
    }

    @Test
    void unknownKeywordsAndPeopleWithTheirLines() {
        assertThat(problems("""
                person ernst male "Ernst" index
                person laura female "Laura"
                persn henk male
                couple ernst laura married
                relation ernst jan close
                children ernst laura: tim
                """)).containsExactly(
                "line 3: unknown keyword 'persn' (did you mean 'person'? keywords are person, couple, children,"
                        + " household, relation, title)",
                "line 5: unknown person 'jan' (people are ernst, laura)",
                "line 6: unknown person 'tim' (people are ernst, laura)");
    }

    @Test
    void theUnknownPersonHintListsSixAndSuggestsACloseId() {
        assertThat(problems("""
                person a1 male index
                person a2 male
                person a3 male
                person a4 male
                person a5 male
                person a6 male
                person ernst male
                relation ernts a1 close
                """)).containsExactly(
                "line 8: unknown person 'ernts' (did you mean 'ernst'? people are a1, a2, a3, a4, a5, a6, …)");
    }

    @Test
    void duplicateIdsAndATwiceListedCouple() {
        assertThat(problems("""
                person a male index
                person b female
                person a female
                couple a b married
                couple b a divorced 1990
                """)).containsExactly(
                "line 3: person 'a' is declared twice (first on line 1; give each person their own id)",
                "line 5: the couple b and a is listed twice (first on line 4; write all events on one line,"
                        + " e.g. married 1990 divorced 2004)");
    }

    @Test
    void aPersonInTwoSetsOfParents() {
        List<String> p = problems("""
                person a male index
                person b female
                person c male
                person d female
                person kid male
                couple a b married
                couple c d married
                children a b: kid
                children c d: kid
                """);
        assertThat(p).containsExactly("line 9: 'kid' already has parents (a and b, line 8) (a person is a child in one"
                + " family only; write a step-parent as the partner of a parent)");
        Genogram g = Genograms.parse("""
                person a male index
                person b female
                person kid male
                person c male
                children a b: kid
                children c: kid
                couple a b married
                """).genogram().orElseThrow();
        assertThat(g.parentsOf("kid")).containsExactly("a", "b");
        assertThat(g.families()).hasSize(1);
    }

    @Test
    void impossibleYears() {
        assertThat(problems("""
                person pa male born 1950 died 1940 index
                person ma female born 1960
                person kid male born 1955
                person late female born 1990
                couple pa ma married 1940
                children pa ma: kid, late
                couple kid late married 1980 divorced 1970
                """)).containsExactly(
                "line 1: person 'pa' died (1940) before being born (1950) (check the years)",
                "line 5: couple pa and ma: married in 1940, before pa was born (1950) (check the years)",
                "line 5: couple pa and ma: married in 1940, before ma was born (1960) (check the years)",
                "line 6: warning: 'kid' (born 1955) is born after parent pa died (1940) (check the years, or mark"
                        + " the child adopted or foster)",
                "line 6: 'kid' (born 1955) is born before parent ma (born 1960) (check the years)",
                "line 6: warning: 'late' (born 1990) is born after parent pa died (1940) (check the years, or mark"
                        + " the child adopted or foster)",
                "line 7: couple kid and late: married in 1980, before late was born (1990) (check the years)",
                "line 7: the years of couple kid and late go back in time (1980, then 1970) (write the events in the"
                        + " order they happened)",
                "line 7: couple kid and late: divorced in 1970, before late was born (1990) (check the years)");
    }

    @Test
    void theIndexPersonMissingIsAWarningAndTwiceAnError() {
        assertThat(problems("""
                person a male
                person b female
                """)).containsExactly("line 0: warning: no index person (mark the client with 'index', e.g. person"
                + " ernst male \"Ernst\" index)");
        Parsed twice = Genograms.parse("""
                person a male index
                person b female index
                """);
        assertThat(twice.problems()).extracting(Problem::toString).containsExactly("line 2: a second index person"
                + " 'b' (the index person is already 'a' (line 1); a genogram has one)");
        assertThat(twice.hasErrors()).isTrue();
        assertThat(twice.genogram().orElseThrow().index()).map(Person::id).contains("a");
        assertThat(Genograms.check("person a male index")).isEmpty();
    }

    @Test
    void unknownRelationMarkerAndStatusWords() {
        assertThat(problems("""
                person a male index substanse
                person b female
                couple a b maried 1990
                relation a b hostile
                relation a b cutoff
                household a b
                """)).containsExactly(
                "line 1: unknown word 'substanse' for person 'a' (did you mean 'substance'? a person has a sex (male,"
                        + " female, other, unknown, pregnancy, miscarriage), a name in quotes, born YEAR, died [YEAR],"
                        + " index, markers (substance, mental, recovery) and note \"…\")",
                "line 3: unknown couple status 'maried' (did you mean 'married'? statuses are married, cohabiting,"
                        + " separated, divorced, each with an optional year)",
                "line 3: couple a and b has no status (add one of married, cohabiting, separated, divorced; drawn as"
                        + " married for now)",
                "line 4: unknown relation type 'hostile' (types are close, fused, distant, conflict, cut-off, abuse,"
                        + " hostile-close)",
                "line 5: unknown relation type 'cutoff' (did you mean 'cut-off'? types are close, fused, distant,"
                        + " conflict, cut-off, abuse, hostile-close)");
    }

    @Test
    void syntaxMistakes() {
        assertThat(problems("""
                person a male "Ann index
                person b
                person c female "C" born 19x0
                person d female born
                couple a b married
                children a b tim
                children a b: c d
                children a b: (e) twins
                relation a a close
                relation a b
                person e male "E" index
                """)).containsExactly(
                "line 1: a quote is not closed (end the text with \")",
                "line 2: person 'b' has no sex or gender (add one of male, female, other, unknown, pregnancy,"
                        + " miscarriage; drawn as unknown for now)",
                "line 3: '19x0' is not a year (a year has four digits, e.g. 1968)",
                "line 4: 'born' needs a year (a year has four digits, e.g. born 1968)",
                "line 6: 'children' needs a ':' between the parents and the children (e.g. children ernst laura: tim,"
                        + " (sanne, lotte) twins, bas adopted)",
                "line 7: a ',' is missing between 'c' and 'd' (separate the children with commas)",
                "line 8: twins need at least two children in ( ) (e.g. (sanne, lotte) twins)",
                "line 9: a relation of 'a' with themselves (name two different people)",
                "line 10: relation a b has no type (types are close, fused, distant, conflict, cut-off, abuse,"
                        + " hostile-close)");
        Genogram g = Genograms.parse("""
                person a male index
                person b female
                person c male
                person d male
                couple a b married
                children a b: c d
                """).genogram().orElseThrow();
        assertThat(g.families().get(0).childIds()).as("read on after the missing comma").containsExactly("c", "d");
    }

    @Test
    void loopsInTheAncestryAreRefused() {
        Parsed parsed = Genograms.parse("""
                person a male index
                person b male
                children a: b
                children b: a
                """);
        assertThat(parsed.problems()).extracting(Problem::toString).containsExactly("line 4: 'a' cannot be a child of"
                + " b: a is an ancestor of b (check the parents and children lines)");
        assertThat(parsed.genogram().orElseThrow().families()).hasSize(1);
    }

    @Test
    void parentsWithoutACoupleLineAreAWarning() {
        assertThat(problems("""
                person a male index
                person b female
                person c male
                children a b: c
                """)).containsExactly("line 4: warning: a and b have children but are not a couple: they are joined by"
                + " a plain line (add e.g. 'couple a b cohabiting' to say what they were)");
    }

    @Test
    void theHeaderAndTheBlockLanguageChooseTheNotation() {
        assertThat(Genograms.parse("person a male index", "network-map").kind()).isEqualTo(Diagram.Kind.NETWORK_MAP);
        assertThat(Genograms.parse("node a family 1").kind()).isEqualTo(Diagram.Kind.NETWORK_MAP);
        assertThat(Genograms.parse("genogram\nperson a male index", "network-map").problems())
                .extracting(Problem::toString)
                .containsExactly("line 1: warning: the text says genogram but the block is network-map (the first line"
                        + " wins; make them the same)");
        assertThat(problems("person a male index\ngenogram")).containsExactly("line 2: 'genogram' must be the first"
                + " line (start the text with it, once)");
        assertThat(problems("genogram\nnode x family 1\nperson a male index")).containsExactly("line 2: unknown"
                + " keyword 'node' (keywords are person, couple, children, household, relation, title; 'node' belongs"
                + " to a network map)");
    }

    @Test
    void aProblemBecomesAnActivityProblemAtItsLineInTheFile() {
        Problem warning = new Problem(3, Problem.Severity.WARNING, "x", "y");
        assertThat(warning.toActivityProblem(10)).isEqualTo(new ActivityProblem(13, "warning: x", "y"));
        assertThat(new Problem(0, Problem.Severity.ERROR, "z", "").toActivityProblem(10))
                .isEqualTo(new ActivityProblem(10, "z", ""));
    }

    @Test
    void hostileCloseHasAnAliasAndAbuseKeepsItsDirection() {
        Genogram g = Genograms.parse("""
                person a male index
                person b female
                person c male
                relation a b close-hostile
                relation c a abuse
                """).genogram().orElseThrow();
        assertThat(g.relations()).containsExactly(new Genogram.Relation("a", "b", RelationType.HOSTILE_CLOSE),
                new Genogram.Relation("c", "a", RelationType.ABUSE));
    }
}
