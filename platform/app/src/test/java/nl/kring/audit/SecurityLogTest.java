package nl.kring.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Log injection (ASVS V7.3.1): what a user typed never starts a line of its own in the application log. */
class SecurityLogTest {

    @Test
    void userTextStaysOnOneLine() {
        assertThat(SecurityLog.oneLine("noor\r\n2026-11-23 INFO security event SIGN_IN actor=admin"))
                .doesNotContain("\n").doesNotContain("\r").startsWith("noor  2026");
        assertThat(SecurityLog.oneLine("tab\tand\u0000nul\u001b[31mred")).doesNotContainPattern("\\p{Cntrl}");
        assertThat(SecurityLog.oneLine(null)).isEmpty();
        assertThat(SecurityLog.oneLine("Noor Bakker — één")).isEqualTo("Noor Bakker — één");
    }
}
