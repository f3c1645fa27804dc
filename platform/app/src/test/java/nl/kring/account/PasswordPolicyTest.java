package nl.kring.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ASVS V2.1: length, not common or breached, no composition rules, any characters. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(strings = {"kring-oefenen", "correct horse battery", "zeven zonnige zeilboten", "ik drink thee 🍵 om 4",
            "alllowercaseletters", "ÉÉN lange zin met accenten"})
    void acceptsLongPassphrasesWithoutCompositionRules(String password) {
        assertThat(policy.problem(password, "noor")).isEmpty();
    }

    @Test
    void needsTwelveCharactersCountedAsCharactersNotBytes() {
        assertThat(policy.problem("kort-maar-11", "noor")).isEmpty();
        assertThat(policy.problem("kort-maar11", "noor")).contains("password.error.length");
        assertThat(policy.problem("🍵🍵🍵🍵🍵🍵ab", "noor")).as("6 emoji are 6 characters, not 12").contains("password.error.length");
        assertThat(policy.problem(null, "noor")).contains("password.error.length");
    }

    @Test
    void allowsLongPasswordsUpTo128Characters() {
        assertThat(policy.problem("a lange zin ".repeat(9) + "en nog wat", "noor")).isEmpty();
        assertThat(policy.problem("x1y2z3".repeat(22), "noor")).contains("password.error.too-long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123qweasdzxc", "qwerty123456", "1qaz2wsx3edc", "PASSWORD1234", "Password1234!", "wachtwoord123",
            "welkomwelkom", "dragon2026!!", "2026-football", "aaaaaaaaaaaaaaaa", "121212121212", "abcabcabcabc",
            "iloveyouiloveyou", "Monkey12345678", "  letmein2024  "})
    void refusesCommonAndBreachedPasswordsAlsoWithDigitsOrSymbolsAdded(String password) {
        assertThat(policy.problem(password, "noor")).contains("password.error.common");
    }

    @Test
    void refusesAPasswordThatContainsTheUserName() {
        assertThat(policy.problem("noor-bakker-2026", "noor.bakker")).isEmpty();
        assertThat(policy.problem("ik-ben-noor.bakker", "noor.bakker")).contains("password.error.username");
    }
}
