package nl.kring.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CSV injection (OWASP): a field that a spreadsheet would run as a formula is shown as text instead. */
class CsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1"})
    void formulasAreDefusedWithAnApostrophe(String value) {
        assertThat(Csv.field(value)).startsWith("\"'").endsWith("\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Noor Bakker", "Utrecht / Ambulant", "2026-11-23", "1.5"})
    void ordinaryFieldsStayAsTheyAre(String value) {
        assertThat(Csv.field(value)).isEqualTo(value);
    }
}
