package nl.kring.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import nl.kring.coursekit.CompetenceFramework;
import org.junit.jupiter.api.Test;

class ProgrammesTest {

    @Test
    void theShippedProgrammesAreValid() {
        Programmes shipped = Programmes.read(getClass().getResourceAsStream("/kring/certification-programmes.yaml"),
                "certification-programmes.yaml", CompetenceFramework.standard());
        assertThat(shipped.all()).extracting(Programme::id).containsExactly("naasten-basis", "naasten-gespreksvoering");
        Programme basis = shipped.find("naasten-basis").orElseThrow();
        assertThat(basis.metBy(java.util.Map.of("network-involvement", 2, "family-wellbeing", 1, "genogram", 2))).isTrue();
        assertThat(basis.metBy(java.util.Map.of("network-involvement", 2, "family-wellbeing", 1, "genogram", 1))).isFalse();
        assertThat(basis.title("nl")).isEqualTo("Basis naastengericht werken");
    }

    @Test
    void mistakesStopKringWithWhatAndWhere() {
        assertThatThrownBy(() -> read("programmes: nope")).hasMessageContaining("needs 'programmes:'");
        assertThatThrownBy(() -> read(programme("requires: {craft: 5}"))).hasMessageContaining("the level for craft must be one of 1 knows");
        assertThatThrownBy(() -> read(programme("requires: {}"))).hasMessageContaining("needs 'requires:'");
        assertThatThrownBy(() -> read(programme("requires: {craft: 3}").replace("validityMonths: 24", "validityMonths: 0")))
                .hasMessageContaining("validityMonths must be a whole number above 0");
        assertThatThrownBy(() -> read(programme("requires: {craft: 3}") + programme("requires: {craft: 3}").replace("programmes:\n", "")))
                .hasMessageContaining("'p' is defined twice");
        assertThatThrownBy(() -> read(programme("requires: {craft: 3}").replace("    title: {nl: P, en: P}\n", "")))
                .hasMessageContaining("title is missing");
    }

    @Test
    void aCompetenceACourseAddsIsAccepted() {
        assertThat(read(programme("requires: {dual-diagnosis: 2}")).all()).singleElement()
                .satisfies(p -> assertThat(p.requires()).containsEntry("dual-diagnosis", 2));
    }

    private static String programme(String requires) {
        return """
                programmes:
                  - id: p
                    title: {nl: P, en: P}
                    %s
                    validityMonths: 24
                    renewalWindowDays: 90
                """.formatted(requires);
    }

    private static Programmes read(String yaml) {
        return Programmes.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml",
                CompetenceFramework.standard());
    }
}
