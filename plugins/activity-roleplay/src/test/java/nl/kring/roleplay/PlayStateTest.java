package nl.kring.roleplay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class PlayStateTest {

    @Test
    void theStartIsTheEmptyString() {
        assertThat(PlayState.parse("")).isEmpty();
        assertThat(PlayState.format(List.of())).isEmpty();
    }

    @Test
    void movesAreOneLineEachAfterTheHeader() {
        List<PlayState.Move> moves = List.of(PlayState.Move.chosen("begin", "a"),
                PlayState.Move.typed("open", Code.COMPLEX_REFLECTION, "Je wilt rust.\nEn 100% zeker\r\nniet zoals je vader."),
                PlayState.Move.chosen("zorgen", "b"));

        String state = PlayState.format(moves);

        assertThat(state).isEqualTo("""
                kring-role-play 1
                begin a
                open ~complex-reflection Je wilt rust.%0AEn 100%25 zeker%0D%0Aniet zoals je vader.
                zorgen b""");
        assertThat(PlayState.parse(state)).isEqualTo(moves);
    }

    @Test
    void aTrailingLineFeedIsAccepted() {
        assertThat(PlayState.parse("kring-role-play 1\nbegin a\n")).containsExactly(PlayState.Move.chosen("begin", "a"));
    }

    @Test
    void whatIsNotAStateIsRejected() {
        assertThatThrownBy(() -> PlayState.parse("begin a")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a role-play state");
        assertThatThrownBy(() -> PlayState.parse("kring-role-play 1\nbegin")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("role-play state line 2 is not '<node> <response>'");
        assertThatThrownBy(() -> PlayState.parse("kring-role-play 1\nbegin a b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("role-play state line 2 is not '<node> <response>'");
        assertThatThrownBy(() -> PlayState.parse("kring-role-play 1\nbegin ~shout Hallo")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("role-play state line 2 has an unknown code 'shout'");
        assertThatThrownBy(() -> PlayState.parse("kring-role-play 1\nbegin ~question  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("role-play state line 2 has no typed text");
        assertThatThrownBy(() -> PlayState.parse("kring-role-play 1\nbegin ~question 50%")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not an escape");
    }
}
