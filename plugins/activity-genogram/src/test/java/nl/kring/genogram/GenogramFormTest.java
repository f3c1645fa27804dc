package nl.kring.genogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.kring.api.content.DiagramElement;
import nl.kring.api.content.DiagramElements;
import nl.kring.api.content.DiagramForm;
import nl.kring.api.content.DiagramProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class GenogramFormTest {

    private final GenogramDiagramType type = new GenogramDiagramType();

    @ParameterizedTest
    @ValueSource(strings = {"ernst-laura.genogram", "small.genogram", "three-generations.genogram"})
    void aGenogramReadIntoTheFormAndWrittenBackSaysTheSame(String fixture) {
        String notation = Fixtures.read(fixture);
        DiagramElements elements = type.elements(notation, "en");
        assertThat(elements.unsupported()).isEmpty();

        String written = type.source(elements.elements());

        assertThat(Genograms.check(written, "genogram")).noneMatch(Problem::isError);
        GenogramDiff.Comparison comparison = GenogramDiff.compare(notation, written, "en");
        assertThat(comparison.findings()).isEmpty();
        assertThat(comparison.score()).isEqualTo(1.0);
        assertThat(Genograms.parse(written).genogram().orElseThrow().title())
                .isEqualTo(Genograms.parse(notation).genogram().orElseThrow().title());
    }

    @Test
    void peopleAreListedWithTheirParentsTwinsAndAdoptionAndBrothersAndSistersInBirthOrder() {
        DiagramElements elements = type.elements("""
                person bas male "Bas" born 2001
                person tim male "Tim" born 1993
                person ernst male "Ernst" born 1968 index substance
                person laura female "Laura"
                person sanne female "Sanne" born 1996
                person lotte female "Lotte" born 1996
                couple ernst laura cohabiting 1990 married 1992
                children ernst laura: tim, (sanne, lotte) identical, bas adopted
                """, "en");

        List<String> people = elements.elements().stream().filter(e -> e.kind().equals("person")).map(DiagramElement::id).toList();
        assertThat(people).containsExactly("tim", "sanne", "ernst", "laura", "lotte", "bas");
        DiagramElement lotte = element(elements, "lotte");
        assertThat(lotte.values()).containsEntry("parents", "ernst+laura").containsEntry("twin", "sanne")
                .containsEntry("twins", "identical");
        assertThat(lotte.summary()).isEqualTo("Lotte — woman, born 1996, child of Ernst & Laura, twin of Sanne");
        assertThat(element(elements, "bas").values()).containsEntry("child", "adopted");
        assertThat(element(elements, "ernst").summary()).isEqualTo("Ernst — man, born 1968, the client, substance misuse");
        DiagramElement couple = element(elements, "ernst+laura");
        assertThat(couple.name()).isEqualTo("Ernst & Laura");
        assertThat(couple.values()).containsEntry("status1", "cohabiting").containsEntry("year1", "1990")
                .containsEntry("status2", "married").containsEntry("year2", "1992");
        assertThat(couple.summary()).isEqualTo("Ernst & Laura — living together 1990, married 1992");
    }

    @Test
    void summariesAreInTheLearnersLanguage() {
        DiagramElements elements = type.elements("""
                person henk male "Henk" born 1940 died 1995
                person ernst male "Ernst"
                children henk: ernst
                relation henk ernst abuse
                """, "nl");

        assertThat(element(elements, "henk").summary()).isEqualTo("Henk — man, geboren 1940, overleden 1995");
        assertThat(element(elements, "ernst").summary()).isEqualTo("Ernst — man, kind van Henk");
        assertThat(element(elements, "ernst").values()).containsEntry("parents", "henk");
        assertThat(elements.elements()).filteredOn(e -> e.kind().equals("relation")).singleElement()
                .extracting(DiagramElement::summary).isEqualTo("Henk → Ernst: misbruik of mishandeling");
    }

    @Test
    void aNewPersonGetsAnIdFromTheirNameThatIsNotTakenYet() {
        List<DiagramElement> elements = new ArrayList<>(type.elements("person joost male \"Joost\" index", "en").elements());
        elements.add(DiagramElement.added("person", Map.of("name", "Joost", "sex", "male", "born", "1999")));
        elements.add(DiagramElement.added("person", Map.of("name", "Anouk de Vries-Bakker", "sex", "female")));
        elements.add(DiagramElement.added("person", Map.of("name", "Zoë", "sex", "female", "deceased", "true")));

        String written = type.source(elements);

        assertThat(written).isEqualTo("""
                person joost male "Joost" index
                person joost-2 male "Joost" born 1999
                person anouk-de-vries-bakker female "Anouk de Vries-Bakker"
                person zoe female "Zoë" died
                """);
    }

    @Test
    void childrenOfACoupleAreWrittenInTheOrderOfThePeopleWithTwinsTogether() {
        List<DiagramElement> elements = new ArrayList<>(type.elements("""
                person joost male "Joost"
                person anouk female "Anouk"
                couple joost anouk married 1998 divorced 2015
                """, "en").elements());
        elements.add(DiagramElement.added("person", Map.of("name", "Mila", "sex", "female", "parents", "joost+anouk")));
        elements.add(DiagramElement.added("person", Map.of("name", "Noor", "sex", "female", "parents", "joost+anouk",
                "twin", "mila", "twins", "fraternal")));
        elements.add(DiagramElement.added("person", Map.of("name", "Sem", "sex", "male", "parents", "joost", "child", "foster")));
        elements.add(DiagramElement.added("household", Map.of("members", "anouk,mila,noor")));
        elements.add(DiagramElement.added("relation", Map.of("a", "joost", "b", "anouk", "type", "conflict")));

        String written = type.source(elements);

        assertThat(written).endsWith("""
                couple joost anouk married 1998 divorced 2015
                children joost anouk: (mila, noor) fraternal
                children joost: sem foster
                household anouk mila noor
                relation joost anouk conflict
                """);
        assertThat(Genograms.check(written)).noneMatch(Problem::isError);
    }

    @Test
    void removingAPersonLeavesOutWhatReferredToThemSoTheTextStaysValid() {
        List<DiagramElement> elements = new ArrayList<>(type.elements(Fixtures.read("ernst-laura.genogram"), "en").elements());
        elements.removeIf(e -> e.id().equals("laura"));

        String written = type.source(elements);

        assertThat(written).doesNotContain("laura").contains("household ernst tim sanne lotte bas")
                .doesNotContain("children ernst").doesNotContain("relation laura");
        assertThat(Genograms.check(written)).noneMatch(Problem::isError);
    }

    @Test
    void namesWithQuotesAndBackslashesSurviveTheRoundTrip() {
        List<DiagramElement> elements = List.of(DiagramElement.added("person",
                Map.of("name", "Jan \"de Bolle\" \\ Gijs", "sex", "male", "note", "zegt \"nooit\"")));

        String written = type.source(elements);

        DiagramElement read = type.elements(written, "en").elements().get(0);
        assertThat(read.value("name")).isEqualTo("Jan \"de Bolle\" \\ Gijs");
        assertThat(read.value("note")).isEqualTo("zegt \"nooit\"");
    }

    @Test
    void whatTheFormCannotSayKeepsTheLearnerInTheText() {
        assertThat(unsupported("person a male\nperson b female\nchildren a b: c\nperson c male\n"))
                .extracting(DiagramProblem::message).containsExactly("the children of a and b have parents without a couple line");
        assertThat(unsupported("person a male\nperson b female\ncouple a b cohabiting married separated divorced\n"))
                .extracting(DiagramProblem::message).containsExactly("the couple a and b has more than 3 events");
        assertThat(unsupported("person a male\npersn b female\n")).extracting(DiagramProblem::line).containsExactly(2);
        assertThat(unsupported("network-map\nmap kees male \"Kees\"\n")).isNotEmpty();
    }

    @Test
    void theFormOffersEveryKindOfElementInTheLearnersLanguage() {
        Optional<DiagramForm> form = type.form("nl");

        assertThat(form).isPresent();
        assertThat(form.get().kinds()).extracting(DiagramForm.ElementKind::id)
                .containsExactly("person", "couple", "relation", "household", "title");
        assertThat(form.get().kinds().get(0).addLabel()).isEqualTo("Persoon toevoegen");
        DiagramForm.Field sex = form.get().kinds().get(0).fields().get(1);
        assertThat(sex.options()).extracting(DiagramForm.Option::label).contains("man", "vrouw");
        assertThat(type.form("en").orElseThrow().kinds().get(2).fields().get(2).options())
                .extracting(DiagramForm.Option::id).containsExactly("close", "fused", "distant", "conflict", "cut-off", "abuse",
                        "hostile-close");
    }

    private List<DiagramProblem> unsupported(String notation) {
        return type.elements(notation, "en").unsupported();
    }

    private static DiagramElement element(DiagramElements elements, String id) {
        return elements.elements().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }
}
