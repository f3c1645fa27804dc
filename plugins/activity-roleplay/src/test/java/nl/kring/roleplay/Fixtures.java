package nl.kring.roleplay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.kring.api.activity.ActivitySource;

/** The example scenario and small broken ones, as the platform hands them over. */
final class Fixtures {

    /** Lines 1-8 of every small fixture; the nodes start on line 9. */
    static final String HEAD = """
            id: kort
            type: role-play
            title: {nl: Kort, en: Short}
            module: m1
            intro: {nl: "Intro", en: "Intro"}
            personas: [{id: kees, name: Kees, role: client}]
            start: begin
            nodes:
            """;

    private Fixtures() {
    }

    static ActivitySource source(String yaml) {
        return new ActivitySource("mi-basis", "1.0.0", "mi-alcohol", "activities/mi-alcohol.yaml", yaml, List.of("nl", "en"));
    }

    /** The complete example: Ans and the wine, an MI conversation about alcohol with eight nodes and two endings. */
    static String example() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/mi-alcohol.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
